"""Safety at every follow-up, adjudicated (issue 25): each problem a patient reported at
a follow-up (the follow-up questionnaire's items with role "problem") is rated by a
clinician as an adverse event: how likely the treatment caused it (WHO-UMC causality
terms, from not related to definite), how severe (a CTCAE grade: 1 mild, 2 moderate,
3 severe, 4 life-threatening, 5 death) and how it ended. Rating every problem of an
answer marks the answer reviewed. Only clinicians and administrators may rate; every
rating, and every change of one, is in the audit trail (schema m014).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from app.records.change_refused import ChangeRefused
from app.storage.driver import sqlite3
from app.storage.vocabulary import EVENT_OUTCOMES, RELATEDNESS
from app.storage.write_transaction import write_transaction

# Who may rate a problem, or mark it dealt with: not reception.
REVIEWING_ROLES = ("clinician", "administrator")
# Possible or more likely: what the report counts as related to the treatment.
RELATED = ("possible", "probable", "definite")
SERIOUS_GRADE = 3  # CTCAE grade 3 or above: severe, life-threatening or fatal


@dataclass(frozen=True)
class ReportedProblem:
    """A problem one follow-up answer reported, with its rating if it has one."""

    response_id: int
    answered_at: str
    problem: str  # the problem item's link id
    rating: Rating | None = None


@dataclass(frozen=True)
class Rating:
    response_id: int
    problem: str
    relatedness: str
    grade: int
    outcome: str
    note: str = ""
    rated_by: str = ""
    rated_at: str = ""


def reported_problems(conn: sqlite3.Connection, intake_id: int) -> list[ReportedProblem]:
    """Every problem reported at this intake's follow-ups, oldest answer first."""
    ratings = {
        (int(r[0]), str(r[1])): Rating(int(r[0]), str(r[1]), str(r[2]), int(r[3]), str(r[4]),
                                       str(r[5] or ""), str(r[6]), str(r[7]))
        for r in conn.execute(
            "SELECT response_id, problem, relatedness, grade, outcome, note, rated_by,"
            " rated_at FROM adverse_event WHERE intake_id = ?", [intake_id])
    }  # fmt: skip
    found: list[ReportedProblem] = []
    for response_id, answered_at, problems in conn.execute(
        "SELECT id, answered_at, problems FROM follow_up_response"
        " WHERE intake_id = ? AND problems <> '[]' ORDER BY answered_at, id",
        [intake_id],
    ):
        for problem in _problem_list(problems):
            found.append(ReportedProblem(int(response_id), str(answered_at), problem,
                                         ratings.get((int(response_id), problem))))  # fmt: skip
    return found


def _problem_list(text: str) -> list[str]:
    try:
        problems = json.loads(text)
    except ValueError:
        return []
    return [str(p) for p in problems] if isinstance(problems, list) else []


def check_rating(rating: Rating) -> None:
    """ChangeRefused names what does not make sense; nothing is stored then."""
    if rating.relatedness not in RELATEDNESS:
        raise ChangeRefused("adverse-event-relatedness")
    if not isinstance(rating.grade, int) or not 1 <= rating.grade <= 5:
        raise ChangeRefused("adverse-event-grade")
    if rating.outcome not in EVENT_OUTCOMES:
        raise ChangeRefused("adverse-event-outcome")
    if (rating.grade == 5) != (rating.outcome == "fatal"):
        raise ChangeRefused("adverse-event-grade-5-is-fatal")


def rate_problems(
    conn: sqlite3.Connection,
    intake_id: int,
    ratings: Iterable[Rating],
    by: str,
    role: str,
    at: str,
) -> int:
    """Store the ratings (new, or changed) in one transaction; each answer whose every
    problem is now rated is marked reviewed. Returns how many ratings were stored."""
    if role not in REVIEWING_ROLES:
        raise ChangeRefused("clinicians-only")
    chosen = list(ratings)
    for rating in chosen:
        check_rating(rating)
    with write_transaction(conn):
        reported = {(p.response_id, p.problem): p for p in reported_problems(conn, intake_id)}
        for rating in chosen:
            problem = reported.get((rating.response_id, rating.problem))
            if problem is None:
                raise ChangeRefused("no-such-problem")  # another record's, or never reported
            treatment = conn.execute(
                "SELECT id FROM treatment WHERE intake_id = ? AND treated_on <= ?"
                " ORDER BY treated_on DESC, id DESC LIMIT 1",
                [intake_id, problem.answered_at[:10]],
            ).fetchone()
            conn.execute(
                "INSERT INTO adverse_event (intake_id, response_id, problem, treatment_id,"
                " relatedness, grade, outcome, note, rated_by, rated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (response_id, problem) DO UPDATE SET"
                " relatedness = excluded.relatedness, grade = excluded.grade,"
                " outcome = excluded.outcome, note = excluded.note,"
                " rated_by = excluded.rated_by, rated_at = excluded.rated_at",
                [intake_id, rating.response_id, rating.problem,
                 treatment[0] if treatment else None, rating.relatedness, rating.grade,
                 rating.outcome, rating.note.strip() or None, by, at],
            )  # fmt: skip
        # An answer is reviewed once each of its problems has a rating.
        conn.execute(
            "UPDATE follow_up_response SET reviewed_at = ?, reviewed_by = ?"
            " WHERE intake_id = ? AND needs_review = 1 AND reviewed_at IS NULL"
            " AND problems <> '[]'"
            " AND NOT EXISTS (SELECT 1 FROM json_each(follow_up_response.problems) AS p"
            "   WHERE NOT EXISTS (SELECT 1 FROM adverse_event AS e"
            "     WHERE e.response_id = follow_up_response.id AND e.problem = p.value))",
            [at, by, intake_id],
        )
    return len(chosen)
