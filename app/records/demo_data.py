"""Synthetic patients and intakes for demos, training and benchmarks.

Every demo patient is marked ``is_demo = 1``, has a 555 phone number and an
example.com address, so demo records cannot pass for real ones. The answers follow the
real questionnaire (its options, ranges and enableWhen rules), so every screen shows
what it would with real data.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from app.intake.answers import Answers, AnswerValue
from app.intake.enable_when import enabled_link_ids
from app.intake.questionnaire import Item, Questionnaire
from app.intake.summary import IntakeSummary, first_value, summarize
from app.outcomes import follow_up_questionnaire
from app.people.contact_formats import format_phone_for_display
from app.people.phone_search import phone_search_terms
from app.records.demo_follow_ups import DemoFollowUps
from app.records.demo_treatments import DemoTreatmentDetails
from app.records.follow_up_plan import DEFAULT_INTERVALS, propose_follow_ups
from app.staff.audit_log import DEMO_STAFF, KIOSK_ACTOR
from app.storage.database import refresh_statistics
from app.storage.driver import sqlite3
from app.storage.row_keys import patient_match_key
from app.storage.write_transaction import write_transaction
from app.system.clock import utc_now

FIRST_NAMES = [
    "Ada",
    "Alan",
    "Alice",
    "Amir",
    "Ana",
    "Anders",
    "Anna",
    "Arjun",
    "Ava",
    "Beatriz",
    "Ben",
    "Carla",
    "Carlos",
    "Chen",
    "Chloe",
    "Daniel",
    "Diego",
    "Dmitri",
    "Elena",
    "Eli",
    "Emma",
    "Farah",
    "Felix",
    "Fatima",
    "Grace",
    "Hana",
    "Hugo",
    "Ines",
    "Isaac",
    "Jamal",
    "Jane",
    "John",
    "Jonas",
    "Julia",
    "Kai",
    "Kenji",
    "Lara",
    "Leila",
    "Liam",
    "Lucia",
    "Maria",
    "Mark",
    "Mei",
    "Mia",
    "Noah",
    "Nora",
    "Olga",
    "Omar",
    "Paul",
    "Priya",
    "Rafael",
    "Rosa",
    "Ruth",
    "Sam",
    "Sara",
    "Sofia",
    "Tom",
    "Uma",
    "Victor",
    "Wei",
    "Yara",
    "Yusuf",
    "Zoe",
    "Zoë",
    "José",
    "Renée",
    "Søren",
    "Łukasz",
]
LAST_NAMES = [
    "Abbott",
    "Adeyemi",
    "Alvarez",
    "Andersen",
    "Bauer",
    "Becker",
    "Brown",
    "Castillo",
    "Chen",
    "Cohen",
    "Costa",
    "Davis",
    "Dubois",
    "Evans",
    "Fischer",
    "Garcia",
    "Gonzalez",
    "Gupta",
    "Hansen",
    "Hoffmann",
    "Ivanova",
    "Jansen",
    "Johnson",
    "Kaur",
    "Kim",
    "Kowalski",
    "Larsen",
    "Lee",
    "Lopez",
    "Martin",
    "Meyer",
    "Miller",
    "Moreau",
    "Müller",
    "Nakamura",
    "Nguyen",
    "Novak",
    "O'Brien",
    "Okafor",
    "Patel",
    "Perez",
    "Petrov",
    "Quinn",
    "Rossi",
    "Santos",
    "Schmidt",
    "Silva",
    "Smith",
    "Suzuki",
    "Taylor",
    "Thompson",
    "Tanaka",
    "Walker",
    "Wang",
    "Weber",
    "Williams",
    "Wilson",
    "Yilmaz",
    "Young",
    "Zhang",
    "García-López",
    "Van der Berg",
]
AREA_CODES = ("202", "212", "303", "312", "415", "503", "617", "702", "808", "919")
# Rough shares of each status in a clinic's records; "new" is recent.
STATUS_WEIGHTS = {
    "new": 6,
    "contacted": 10,
    "consultation-booked": 8,
    "treatment": 6,
    "follow-up": 12,
    "closed": 45,
    "not-a-candidate": 13,
}


# Statuses whose intakes have had treatment, so the demo has treatments and follow-ups.
TREATED_STATUSES = ("treatment", "follow-up", "closed")


class RealRecordsPresent(Exception):
    """The database holds real patients; demo data goes there only when forced."""


@dataclass(frozen=True)
class DemoResult:
    patients: int
    intakes: int


def real_patient_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM patient WHERE is_demo = 0").fetchone()[0])


def add_demo_records(
    conn: sqlite3.Connection,
    questionnaire: Questionnaire,
    count: int,
    *,
    force: bool = False,
    seed: int = 1,
    now: dt.datetime | None = None,
    progress: Callable[[int], None] | None = None,
) -> DemoResult:
    """Add ``count`` demo patients, each with one intake, in one transaction.

    Raises :class:`RealRecordsPresent` if the database holds real patients and
    ``force`` is not set.
    """
    if not force and real_patient_count(conn) > 0:
        raise RealRecordsPresent()
    rng = random.Random(seed)
    now = now or utc_now()
    questionnaire_url, version = questionnaire.url, questionnaire.version
    with write_transaction(conn):
        next_patient = int(conn.execute("SELECT coalesce(max(id), 0) FROM patient").fetchone()[0])
        next_intake = int(conn.execute("SELECT coalesce(max(id), 0) FROM intake").fetchone()[0])
        care = _Care(conn, follow_up_questionnaire(), rng, seed)
        patients: list[tuple[object, ...]] = []
        intakes: list[tuple[object, ...]] = []
        answers: list[tuple[object, ...]] = []
        for n in range(count):
            next_patient += 1
            next_intake += 1
            person = _person(rng)
            submitted = now - dt.timedelta(minutes=rng.randint(0, 3 * 365 * 24 * 60))
            submitted_text = submitted.isoformat(timespec="seconds")
            given = _answers(questionnaire, person, rng)
            summary = summarize(questionnaire, given)
            status = _status(rng, submitted, now)
            patients.append(
                (next_patient, person.first, person.last, person.born,
                 patient_match_key(person.first, person.last, person.born), person.sex,
                 person.phone, phone_search_terms(person.phone),
                 format_phone_for_display(person.phone), person.email,
                 first_value(questionnaire, given, "contact-preference"),
                 submitted_text, submitted_text)
            )  # fmt: skip
            intakes.append(
                (next_intake, next_patient, questionnaire_url, version, "en", submitted_text,
                 summary.knee, summary.pain_now, int(summary.imaging_needed),
                 int(summary.screening_review), status, summary.koos_jr_raw,
                 summary.koos_jr_score)
            )  # fmt: skip
            if status in TREATED_STATUSES:
                care.add(next_intake, status, summary, submitted, now)
            answers.extend(
                (next_intake, link_id, position, value.kind, value.value, value.display)
                for link_id, values in given.items()
                for position, value in enumerate(values)
            )
            if len(patients) >= 2000 or n == count - 1:
                _flush(conn, patients, intakes, answers)
                care.flush(conn)
                if progress:
                    progress(n + 1)
    refresh_statistics(conn)  # the list's queries are planned on them
    return DemoResult(patients=count, intakes=count)


def _flush(
    conn: sqlite3.Connection,
    patients: list[tuple[object, ...]],
    intakes: list[tuple[object, ...]],
    answers: list[tuple[object, ...]],
) -> None:
    conn.executemany(
        "INSERT INTO patient (id, first_name, last_name, birth_date, match_key, sex, phone,"
        " phone_search, phone_display, email, contact_preference, created_at, updated_at, is_demo)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)",
        patients,
    )
    conn.executemany(
        "INSERT INTO intake (id, patient_id, questionnaire_url, questionnaire_version,"
        " language, submitted_at, knee, pain_now, imaging_needed, screening_review, status,"
        " koos_jr_raw, koos_jr_score) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        intakes,
    )
    conn.executemany(
        "INSERT INTO answer (intake_id, link_id, position, value_kind, value, display)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        answers,
    )
    patients.clear()
    intakes.clear()
    answers.clear()


class _Care:
    """Treatments spaced weeks apart, the follow-ups the default plan proposes after the
    last one, and the patients' answers to those that came due (demo_follow_ups.py).
    An answered follow-up is done; of the rest that are past, some were done by a call,
    a few are left overdue; none are left to come once a record is closed."""

    def __init__(
        self, conn: sqlite3.Connection, follow_up: Questionnaire, rng: random.Random, seed: int
    ) -> None:
        def last(table: str) -> int:
            return int(conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0])

        self._rng = rng
        # The answers draw from their own sequence: the demo patients stay the same
        # people with the same treatments whatever the answers add.
        self._answers_rng = random.Random(f"follow-up answers {seed}")
        # And the treatments' details (issue 25) from theirs, for the same reason.
        self._details = DemoTreatmentDetails(random.Random(f"treatment details {seed}"))
        self._next_id = last("treatment")
        self._next_follow_up = last("follow_up")
        self.treatments: list[tuple[object, ...]] = []
        self.follow_ups: list[tuple[object, ...]] = []
        self.responses = DemoFollowUps(follow_up, last("follow_up_response"))

    def add(
        self,
        intake_id: int,
        status: str,
        summary: IntakeSummary,
        submitted: dt.datetime,
        now: dt.datetime,
    ) -> None:
        rng = self._rng
        today = now.date()
        treated_on = submitted.date() + dt.timedelta(weeks=rng.randint(2, 6))
        source = self._details.product_for(rng.choice(("bone-marrow", "fat")))
        plan = self._details.plan(source)
        clinician = rng.choice(("Dr. Okafor", "Dr. Lindqvist", "Dr. Moreau"))
        number = 0  # treatments given so far: none may lie in the future
        for planned in range(1, rng.choices((1, 2, 3), weights=(5, 3, 2))[0] + 1):
            if treated_on > today:
                break
            number = planned
            self._next_id += 1
            recorded = f"{treated_on.isoformat()}T17:00:00+00:00"
            given = self._details.treatment(source, plan)
            self.treatments.append(
                (self._next_id, intake_id, treated_on.isoformat(), summary.knee or "both",
                 source, number, clinician, DEMO_STAFF, recorded, given.details,
                 given.processing, given.image_guidance)
            )  # fmt: skip
            treated_on += dt.timedelta(weeks=rng.randint(4, 8))
        if number == 0:
            return
        last_treated = dt.date.fromisoformat(str(self.treatments[-1][2]))
        planned_follow_ups = []
        for proposal in propose_follow_ups(last_treated, number, DEFAULT_INTERVALS):
            if status == "closed" and proposal.due_on >= today:
                break  # a closed record has nothing left to do
            self._next_follow_up += 1
            planned_follow_ups.append((self._next_follow_up, proposal))
        self.responses.add(
            self._answers_rng, intake_id, summary.koos_jr_raw, summary.pain_now,
            [(n, p.due_on) for n, p in planned_follow_ups if p.due_on <= today], today,
        )  # fmt: skip
        for follow_up_id, proposal in planned_follow_ups:
            answered = self.responses.done.pop(follow_up_id, None)
            called = proposal.due_on < today and (status == "closed" or rng.random() < 0.6)
            done_at = answered or (f"{proposal.due_on.isoformat()}T15:00:00+00:00"
                                   if called else None)  # fmt: skip
            done_by = KIOSK_ACTOR if answered else DEMO_STAFF if called else None
            self.follow_ups.append(
                (follow_up_id, intake_id, proposal.due_on.isoformat(), proposal.purpose,
                 self._next_id, done_at, done_by, DEMO_STAFF, self.treatments[-1][8])
            )  # fmt: skip

    def flush(self, conn: sqlite3.Connection) -> None:
        conn.executemany(
            "INSERT INTO treatment (id, intake_id, treated_on, knee, cell_source,"
            " treatment_number, clinician, recorded_by, recorded_at, details, processing,"
            " image_guidance) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.treatments,
        )
        conn.executemany(
            "INSERT INTO follow_up (id, intake_id, due_on, purpose, treatment_id, done_at,"
            " done_by, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            self.follow_ups,
        )
        self.responses.flush(conn)
        self.treatments.clear()
        self.follow_ups.clear()


@dataclass(frozen=True)
class _Person:
    first: str
    last: str
    born: str
    sex: str
    phone: str
    email: str


def _person(rng: random.Random) -> _Person:
    first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
    born = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randint(0, 60 * 365))
    local = "".join(
        c for c in f"{first}.{last}".lower() if c.isascii() and (c.isalnum() or c == ".")
    )
    return _Person(
        first=first,
        last=last,
        born=born.isoformat(),
        sex=rng.choice(("female", "male", "female", "male", "other")),
        phone=f"+1{rng.choice(AREA_CODES)}555{rng.randint(0, 9999):04d}",
        email=f"{local}{rng.randint(1, 999)}@example.com",
    )


def _status(rng: random.Random, submitted: dt.datetime, now: dt.datetime) -> str:
    if now - submitted < dt.timedelta(days=3):
        return "new"
    statuses = list(STATUS_WEIGHTS)
    return rng.choices(statuses, weights=[STATUS_WEIGHTS[s] for s in statuses])[0]


def _answers(questionnaire: Questionnaire, person: _Person, rng: random.Random) -> Answers:
    by_role = {
        "first-name": AnswerValue("valueString", person.first),
        "last-name": AnswerValue("valueString", person.last),
        "birth-date": AnswerValue("valueDate", person.born),
        "phone": AnswerValue("valueString", person.phone),
        "email": AnswerValue("valueString", person.email),
    }
    given: dict[str, tuple[AnswerValue, ...]] = {}
    for item in questionnaire.questions():
        if item.role in by_role:
            given[item.link_id] = (by_role[item.role],)
        else:
            values = tuple(_values(item, person, rng))
            if values:
                given[item.link_id] = values
    enabled = enabled_link_ids(questionnaire, given)
    return {link_id: values for link_id, values in given.items() if link_id in enabled}


def _values(item: Item, person: _Person, rng: random.Random) -> Iterator[AnswerValue]:
    if item.role == "sex":
        option = item.option(person.sex)
        if option:
            yield AnswerValue("valueCoding", option.code, option.display)
        return
    match item.type:
        case "boolean":
            # Screening questions are mostly "no"; imaging mostly not done.
            yield AnswerValue("valueBoolean", rng.random() < (0.04 if item.role else 0.3))
        case "integer":
            low, high = int(item.min_value or 0), int(item.max_value or 10)
            yield AnswerValue("valueInteger", rng.randint(low, high))
        case "choice" | "open-choice" if item.options:
            picks = (
                rng.sample(item.options, k=rng.randint(0, 3))
                if item.repeats
                else [rng.choice(item.options)]
            )
            for option in picks:
                yield AnswerValue("valueCoding", option.code, option.display)
        case "string" | "text" if item.required or rng.random() < 0.3:
            yield AnswerValue("valueString", rng.choice(DEMO_PHRASES))


DEMO_PHRASES = (
    "Walking the dog without stopping",
    "Playing tennis again",
    "Gardening and kneeling to plant",
    "City clinic",
    "Hiking with my grandchildren",
    "Taking the stairs at work",
)
