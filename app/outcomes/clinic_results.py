""" "Results at this clinic" beside the article (issue 25): from the clinic's own
records, for each preparation with enough patients, how many reported a clear
improvement at one time point, in plain words in the patient's language.

Nothing is shown until an administrator publishes it. Publishing freezes the figures
(worked out by the grouped report, app/outcomes/grouped_report.py, so a group under the
clinic's minimum size has no figure here either) with the day they were worked out,
under a version that is a digest of the figures themselves; every patient's consent
keeps the version they saw, and the published figures stay in the database so that
version can always be read back. Withdrawing stops the showing and keeps the history.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.clinic.educational_content import ShownArticle, article_version
from app.clinic.patient_words import WordsMissing, load_words, spoken_date
from app.clinic.settings import put_setting, read_setting
from app.intake.questionnaire import Questionnaire
from app.outcomes.grouped_report import build_grouped_report
from app.outcomes.outcomes_report import ReportFilter
from app.records.follow_up_plan import FOLLOW_UP_INTERVALS_KEY, Interval, intervals_from_data
from app.storage.driver import sqlite3
from app.storage.write_transaction import write_transaction

log = logging.getLogger(__name__)

SHOWN_RESULTS_KEY = "results_beside_article"  # the version shown now, or null
PRODUCT_ORDER = ("bone-marrow", "fat", "prp", "other")
VERSION_LENGTH = 12


class ResultsWordingError(Exception):
    """The wording of the results in a language is missing or unreadable."""


@dataclass(frozen=True)
class ResultFigure:
    product: str  # a treatment product code (app.records.treatment_record.PRODUCTS)
    answered: int  # patients first treated with it who answered at the time point
    improved: int  # of those, with at least the clinic's meaningful KOOS JR change


@dataclass(frozen=True)
class ClinicResults:
    computed_on: str  # ISO date the figures were worked out
    time_point: Interval
    koos_jr_points: int  # the meaningful change, as the clinic set it then
    min_group_size: int
    figures: tuple[ResultFigure, ...]
    includes_demo: bool = False  # a demonstration's figures, and said so to patients

    def to_json(self) -> str:
        return json.dumps(
            {
                "computed_on": self.computed_on,
                "includes_demo": self.includes_demo,
                "time_point": {"count": self.time_point.count, "unit": self.time_point.unit},
                "koos_jr_points": self.koos_jr_points,
                "min_group_size": self.min_group_size,
                "figures": [[f.product, f.answered, f.improved] for f in self.figures],
            },
            sort_keys=True,
            separators=(",", ":"),
        )

    @property
    def version(self) -> str:
        return hashlib.sha256(self.to_json().encode("utf-8")).hexdigest()[:VERSION_LENGTH]

    @property
    def total(self) -> int:
        return sum(f.answered for f in self.figures)

    @classmethod
    def from_json(cls, text: str) -> ClinicResults:
        raw = json.loads(text)
        point = raw["time_point"]
        return cls(
            computed_on=str(raw["computed_on"]),
            time_point=Interval(int(point["count"]), point["unit"]),
            koos_jr_points=int(raw["koos_jr_points"]),
            min_group_size=int(raw["min_group_size"]),
            figures=tuple(ResultFigure(str(p), int(a), int(i)) for p, a, i in raw["figures"]),
            includes_demo=bool(raw.get("includes_demo", False)),
        )


def clinic_time_points(conn: sqlite3.Connection) -> tuple[Interval, ...]:
    return intervals_from_data(read_setting(conn, FOLLOW_UP_INTERVALS_KEY))


def default_time_point(points: tuple[Interval, ...]) -> int:
    """The index of 6 months where the clinic follows up then (long enough for the
    article's "results after several weeks" to have settled), else of the last."""
    for index, point in enumerate(points):
        if (point.count, point.unit) == (6, "months"):
            return index
    return len(points) - 1


def work_out_results(
    conn: sqlite3.Connection,
    questionnaire: Questionnaire,
    point_index: int,
    today: dt.date,
    *,
    include_demo: bool = False,
) -> ClinicResults:
    """Every treated patient, by the product of their first treatment, at one of the
    clinic's time points; a product whose group or answers are under the clinic's
    minimum has no figure (the grouped report withholds it). The demo's patients count
    only when asked, for a demonstration."""
    report_filter = ReportFilter(include_demo=include_demo)
    report = build_grouped_report(conn, questionnaire, report_filter, "product")
    points = clinic_time_points(conn)
    if not 0 <= point_index < len(points):
        raise ValueError("not one of the clinic's time points")
    figures = []
    for row in report.groups:
        if not row.shown or row.group not in PRODUCT_ORDER:
            continue
        share = row.koos_jr[point_index] if point_index < len(row.koos_jr) else None
        if share is not None:
            figures.append(ResultFigure(row.group, share.answered, share.better))
    figures.sort(key=lambda f: PRODUCT_ORDER.index(f.product))
    return ClinicResults(
        today.isoformat(), points[point_index], report.settings.koos_jr_points,
        report.min_group_size, tuple(figures), include_demo,
    )  # fmt: skip


def publish_results(conn: sqlite3.Connection, results: ClinicResults, by: str, at: str) -> str:
    """Show ``results`` beside the article from now on; their version. Kept for good,
    so a consent's version can be read back after newer figures replace them."""
    if not results.figures:
        raise ValueError("no group is big enough to show")
    from app.staff.audit_log import AuditLog

    with write_transaction(conn):
        conn.execute(
            "INSERT OR IGNORE INTO published_results (version, computed_on, figures,"
            " published_at, published_by) VALUES (?, ?, ?, ?, ?)",
            [results.version, results.computed_on, results.to_json(), at, by],
        )
        put_setting(conn, SHOWN_RESULTS_KEY, results.version)
        AuditLog(conn).put(
            by, "results-published", None,
            f"{results.version}: {results.time_point.label()}, worked out {results.computed_on},"
            f" {len(results.figures)} groups, {results.total} patients",
        )  # fmt: skip
    return results.version


def withdraw_results(conn: sqlite3.Connection, by: str) -> None:
    """Stop showing results beside the article; what was published stays on file."""
    from app.staff.audit_log import AuditLog

    with write_transaction(conn):
        shown = read_setting(conn, SHOWN_RESULTS_KEY)
        put_setting(conn, SHOWN_RESULTS_KEY, None)
        AuditLog(conn).put(by, "results-withdrawn", None, str(shown or "none were shown"))


def shown_results(conn: sqlite3.Connection) -> ClinicResults | None:
    """The results published and shown now, or None."""
    version = read_setting(conn, SHOWN_RESULTS_KEY)
    if not isinstance(version, str):
        return None
    return published_results(conn, version)


def published_results(conn: sqlite3.Connection, version: str) -> ClinicResults | None:
    row = conn.execute(
        "SELECT figures FROM published_results WHERE version = ?", [version]
    ).fetchone()
    if row is None:
        return None
    try:
        return ClinicResults.from_json(row[0])
    except (ValueError, KeyError, TypeError):
        log.warning("published results %s unreadable", version)
        return None


# --- the words --------------------------------------------------------------------------
def load_wording(folder: Path, language: str) -> dict[str, Any]:
    """The results' wording in ``language`` (resources/results/results.<language>.json),
    else in English."""
    try:
        return load_words(folder, "results", language)
    except WordsMissing as exc:
        raise ResultsWordingError(str(exc)) from exc


def about(improved: int, answered: int, wording: dict[str, Any]) -> str:
    """A share as a natural frequency ("about 7 in 10"), the way patients read risks
    best; never 0 in 10 when someone did improve, nor 10 in 10 when someone did not."""
    words = wording["about"]
    if improved == answered:
        return str(words["all"])
    tenths = round(10 * improved / answered)
    if tenths == 0:
        return str(words["under_one"])
    if tenths == 10:
        return str(words["almost_all"])
    return str(words["tenths"]).format(tenths=tenths)


def results_markdown(results: ClinicResults, wording: dict[str, Any]) -> str:
    """The section shown under the article."""
    point = results.time_point
    unit = point.unit if point.count != 1 else point.unit[:-1]
    time = str(wording["time"][unit]).format(count=point.count)
    sentences = []
    for figure in results.figures:
        template = (
            wording["sentence_none"] if figure.improved == 0
            else wording["sentence_one"] if figure.improved == 1
            else wording["sentence"]
        )  # fmt: skip
        sentences.append(
            "- " + str(template).format(
                answered=figure.answered, improved=figure.improved, time=time,
                product=wording["products"].get(figure.product, figure.product),
                about=about(figure.improved, figure.answered, wording),
            )
        )  # fmt: skip
    computed = spoken_date(dt.date.fromisoformat(results.computed_on), wording)
    return "\n\n".join([
        f"## {wording['heading']}",
        "\n".join(sentences),
        str(wording["meaning"]).format(points=results.koos_jr_points),
        f"*{wording['caveat']}*",
        f"*{str(wording['worked_out']).format(date=computed, total=results.total)}*",
        *([f"**{wording['demo']}**"] if results.includes_demo else []),
    ])  # fmt: skip


def article_with_results(
    article: str, results: ClinicResults | None, wording_folder: Path, language: str
) -> ShownArticle:
    """The article as the patient reads it: the clinic's text, then the results (if
    published and worded in some language); its version is the article's alone."""
    version = article_version(article)
    if results is None:
        return ShownArticle(article, version)
    try:
        section = results_markdown(results, load_wording(wording_folder, language))
    except (ResultsWordingError, KeyError, IndexError, ValueError):
        log.warning("results wording for %s unreadable: the article is shown alone", language)
        return ShownArticle(article, version)
    return ShownArticle(f"{article}\n\n---\n\n{section}", version, results.version)


def remember_article(conn: sqlite3.Connection, language: str, article: str, at: str) -> None:
    """Keep the article's text under its version, once, so whichever version a consent
    names can be read again after the clinic changes its content."""
    version = article_version(article)
    if conn.execute("SELECT 1 FROM article_text WHERE version = ?", [version]).fetchone():
        return
    with write_transaction(conn):
        conn.execute(
            "INSERT OR IGNORE INTO article_text (version, language, markdown, first_shown_at)"
            " VALUES (?, ?, ?, ?)",
            [version, language, article, at],
        )


def clinic_article(
    conn: sqlite3.Connection | None, language: str, data_dir: Path, now: str
) -> ShownArticle:
    """The article in ``language`` as this station shows it: the clinic's content
    (with its overrides), the published results beneath, and the text kept under its
    version. Without a database (not open yet, or it failed) the article alone."""
    from app.clinic.data_folder import content_override_dir
    from app.clinic.educational_content import load_content
    from app.clinic.resource_paths import resources_dir

    article = load_content(language, resources_dir() / "content", content_override_dir(data_dir))
    if conn is None:
        return ShownArticle(article, article_version(article))
    try:
        results = shown_results(conn)
    except sqlite3.Error as exc:  # unreadable: the patient still reads the article
        log.warning("article shown without the clinic's results: %s", type(exc).__name__)
        results = None
    try:
        remember_article(conn, language, article, now)
    except sqlite3.Error as exc:  # locked or read-only: shown all the same
        log.warning("article text not kept: %s", type(exc).__name__)
    return article_with_results(article, results, resources_dir() / "results", language)
