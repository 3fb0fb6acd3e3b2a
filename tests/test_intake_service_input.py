"""IntakeService.submit reached directly, with what no widget hands over: every value
either becomes an issue beside its question or is stored exactly as checked."""

from __future__ import annotations

import datetime as dt
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.intake.answers import DateParts, OpenChoice
from app.intake.form_check import FormChecker
from app.intake.questionnaire import Questionnaire
from app.intake.submit import IntakeService
from app.storage.errors import StorageError
from tests.intake_factory import complete_raw_answers
from tests.sqlite_file import open_file

TODAY = dt.date(2026, 11, 24)


@pytest.fixture
def service(knee_questionnaire: Questionnaire, tmp_path: Path):
    made = IntakeService(
        knee_questionnaire,
        tmp_path / "knee-intake.db",
        FormChecker(knee_questionnaire, today=lambda: TODAY),
    )
    yield made
    made.close()


def stored_intakes(service: IntakeService) -> int:
    return int(service.open().execute("SELECT count(*) FROM intake").fetchone()[0])


def test_a_lone_surrogate_is_an_issue_not_a_crash(service, knee_questionnaire) -> None:
    raw = complete_raw_answers(knee_questionnaire) | {"first-name": "Ann\udc00"}
    result = service.submit(raw)
    assert result.issues["first-name"].code == "text-invalid"
    assert stored_intakes(service) == 0


def test_no_as_text_is_not_stored_as_yes(service, knee_questionnaire) -> None:
    raw = complete_raw_answers(knee_questionnaire) | {"health-smoking": "no"}
    assert service.submit(raw).issues["health-smoking"].code == "wrong-kind"
    raw["health-smoking"] = False
    saved = service.submit(raw).saved
    assert saved is not None
    stored = service.open().execute(
        "SELECT value FROM answer WHERE intake_id = ? AND link_id = 'health-smoking'",
        [saved.intake_id],
    )
    assert stored.fetchone()[0] == 0


def test_wrong_types_and_unknown_codes_are_refused_in_form_order(
    service, knee_questionnaire
) -> None:
    raw = complete_raw_answers(knee_questionnaire) | {
        "first-name": dt.date(1990, 1, 1),
        "knee": ("elbow",),
        "symptoms": ("swelling", "not-a-symptom"),
    }
    issues = service.submit(raw).issues
    assert [(link_id, issue.code) for link_id, issue in issues.items()] == [
        ("first-name", "wrong-kind"),
        ("knee", "unknown-option"),
        ("symptoms", "unknown-option"),
    ]
    assert stored_intakes(service) == 0


def test_a_name_of_no_letters_is_refused(service, knee_questionnaire) -> None:
    raw = complete_raw_answers(knee_questionnaire) | {"first-name": "😀\u200b", "last-name": "--"}
    issues = service.submit(raw).issues
    assert issues["first-name"].code == issues["last-name"].code == "name-needs-letters"


text = st.text(max_size=30)
raw_values = st.one_of(
    st.none(),
    text,
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True),
    st.dates(),
    st.builds(DateParts, text, text, text),
    st.tuples(text),
    st.lists(text, max_size=3).map(tuple),
    st.builds(OpenChoice, st.lists(text, max_size=2).map(tuple), text),
    st.just(("left",)),
    st.just(DateParts("1961", "4", "17")),
    st.just("6"),
)


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_random_values_for_every_question_are_issues_or_stored_as_checked(
    service, knee_questionnaire, data
) -> None:
    raw = complete_raw_answers(knee_questionnaire)
    for item in knee_questionnaire.questions():
        if data.draw(st.booleans(), label=f"replace {item.link_id}"):
            raw[item.link_id] = data.draw(raw_values, label=item.link_id)
    check = service.checker.check_form(raw)
    try:
        result = service.submit(raw)
    except StorageError:
        return  # the one exception the screen expects (and shows)
    assert dict(result.issues) == dict(check.issues)
    if result.saved is None:
        return
    conn = service.open()
    conn.row_factory = None
    stored: dict[str, list[tuple]] = {}
    for link_id, kind, value, display in conn.execute(
        "SELECT link_id, value_kind, value, display FROM answer WHERE intake_id = ?"
        " ORDER BY link_id, position",
        [result.saved.intake_id],
    ):
        stored.setdefault(link_id, []).append((kind, value, display))
    expected = {
        link_id: [(v.kind, _as_stored(v.value), v.display) for v in values]
        for link_id, values in check.answers.items()
    }
    assert stored == expected


def _as_stored(value: object) -> object:
    return int(value) if isinstance(value, bool) else value


def test_the_property_test_can_see_a_stored_row(service, knee_questionnaire) -> None:
    """The property above compares with rows read back; this shows the read finds them."""
    saved = service.submit(complete_raw_answers(knee_questionnaire)).saved
    assert saved is not None
    with closing(open_file(service.database_path)) as check:
        count = check.execute(
            "SELECT count(*) FROM answer WHERE intake_id = ?", [saved.intake_id]
        ).fetchone()[0]
    assert count > 5
