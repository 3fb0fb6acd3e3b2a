"""Demo follow-up answers, so the record's chart and the outcomes report mean something on
a demo database: most treated patients improve (some a lot, some a little), some do not,
a few get worse, some never answer, and now and then one reports a problem.

Each answer is a whole follow-up questionnaire, made the way a patient would give it:
KOOS JR items adding up to the patient's score on the day, pain to match, and the global
rating and satisfaction following how they are.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import uuid
from collections.abc import Iterable

from app.intake.answers import AnswerValue
from app.intake.questionnaire import LOINC_SYSTEM, Questionnaire
from app.outcomes.follow_up_responses import answers_to_json
from app.outcomes.follow_up_summary import summarize_follow_up
from app.outcomes.koos_jr import INTERVAL_SCORES, ITEMS
from app.storage.driver import sqlite3

# How the knee goes, as a share of patients: the points gained by the last follow-up.
COURSES = (("improves a lot", 0.35, (20, 35)), ("improves", 0.25, (8, 20)),
           ("about the same", 0.2, (-5, 6)), ("worse", 0.08, (-14, -5)),
           ("never answers", 0.12, None))  # fmt: skip
PROBLEM_SHARE = 0.04
REVIEWED_AFTER_DAYS = 14  # older problems in the demo have been reviewed (and rated)
RELATEDNESS_DRAWN = ("not-related", "unlikely", "possible", "probable", "definite")


def _raw_for(score: float) -> int:
    """The raw KOOS JR sum whose interval score is nearest ``score``."""
    return min(range(len(INTERVAL_SCORES)), key=lambda raw: abs(INTERVAL_SCORES[raw] - score))


def item_values(raw: int, rng: random.Random) -> list[int]:
    """Seven answers (0-4) adding up to ``raw``, spread as a person's would be."""
    values = [0] * len(ITEMS)
    for _ in range(raw):
        choices = [n for n, v in enumerate(values) if v < 4]
        values[rng.choice(choices)] += 1
    return values


class DemoFollowUps:
    def __init__(self, questionnaire: Questionnaire, last_response_id: int) -> None:
        self._questionnaire = questionnaire
        self._next_id = last_response_id
        self.rows: list[tuple[object, ...]] = []
        self.done: dict[int, str] = {}  # follow-up id → when it was answered
        self.events: list[tuple[object, ...]] = []  # the reviewed problems' ratings

    def add(
        self,
        rng: random.Random,
        intake_id: int,
        baseline_raw: int | None,
        baseline_pain: int | None,
        due: list[tuple[int, dt.date]],
        today: dt.date,
    ) -> None:
        """Answers for a treated intake's follow-ups that have come due."""
        course = rng.choices(COURSES, weights=[c[1] for c in COURSES])[0]
        if course[2] is None or not due:
            return
        start = INTERVAL_SCORES[baseline_raw] if baseline_raw is not None else rng.uniform(35, 60)
        gain = rng.uniform(*course[2])
        pain = baseline_pain if baseline_pain is not None else rng.randint(4, 8)
        for step, (follow_up_id, due_on) in enumerate(due, start=1):
            if rng.random() < 0.15:
                continue  # this one went unanswered
            answered = min(today, due_on + dt.timedelta(days=rng.randint(-4, 10)))
            share = min(1.0, step / 2)  # most of the change by the second follow-up
            score = max(0.0, min(100.0, start + gain * share + rng.uniform(-4, 4)))
            pain_now = max(0, min(10, round(pain - gain * share / 6 + rng.uniform(-1, 1))))
            problems = [] if rng.random() > PROBLEM_SHARE else [
                rng.choice(("problem-swelling", "problem-redness", "problem-pain-flare"))
            ]  # fmt: skip
            self._add_row(rng, intake_id, (follow_up_id, due_on), answered, score, pain_now,
                          gain, problems, today)  # fmt: skip

    def _add_row(
        self,
        rng: random.Random,
        intake_id: int,
        follow_up: tuple[int, dt.date],
        answered: dt.date,
        score: float,
        pain_now: int,
        gain: float,
        problems: list[str],
        today: dt.date,
    ) -> None:
        q = self._questionnaire
        follow_up_id, due_on = follow_up
        answers: dict[str, tuple[AnswerValue, ...]] = {}
        for koos_item, value in zip(ITEMS, item_values(_raw_for(score), rng), strict=True):
            item = q.item_with_code(LOINC_SYSTEM, koos_item.loinc)
            assert item is not None
            option = next(o for o in item.options if o.ordinal == value)
            answers[item.link_id] = (AnswerValue("valueCoding", option.code, option.display),)
        answers["pain-now"] = (AnswerValue("valueInteger", pain_now),)
        answers["pain-worst-week"] = (AnswerValue("valueInteger", min(10, pain_now + 2)),)
        change = max(-3, min(3, round(gain / 10)))
        option = next(o for o in q.item("global-change").options if o.ordinal == change)
        answers["global-change"] = (AnswerValue("valueCoding", option.code, option.display),)
        for item in q.items_with_role("problem"):
            answers[item.link_id] = (AnswerValue("valueBoolean", item.link_id in problems),)
        satisfied = "very-satisfied" if gain > 20 else "satisfied" if gain > 8 else "neutral"
        if gain < 0:
            satisfied = "dissatisfied"
        option = next(o for o in q.item("satisfaction").options if o.code == satisfied)
        answers["satisfaction"] = (AnswerValue("valueCoding", option.code, option.display),)
        summary = summarize_follow_up(q, answers)
        at = f"{answered.isoformat()}T15:00:00+00:00"
        reviewed = problems and (today - answered).days > REVIEWED_AFTER_DAYS
        self._next_id += 1
        self.rows.append(
            (self._next_id, str(uuid.UUID(int=rng.getrandbits(128))), intake_id, follow_up_id,
             due_on.isoformat(), q.url, q.version, q.language, at, "kiosk", "kiosk",
             summary.koos_jr_raw, summary.koos_jr_score, summary.pain_now, summary.pain_worst_week,
             summary.global_change, summary.satisfaction, json.dumps(summary.problems),
             int(summary.needs_review), answers_to_json(answers),
             at if reviewed else None, "demo" if reviewed else None)
        )  # fmt: skip
        self.done[follow_up_id] = at
        if reviewed:
            self._rate(intake_id, self._next_id, summary.problems, at)

    def _rate(self, intake_id: int, response_id: int, problems: Iterable[str], at: str) -> None:
        """A clinician's rating of each problem of a reviewed answer (issue 25), drawn
        from the answer's own sequence, so the rest of the demo stays the same."""
        rng = random.Random(f"adverse event {response_id}")
        for problem in problems:
            related = rng.choices(RELATEDNESS_DRAWN, weights=(10, 20, 40, 25, 5))[0]
            grade = rng.choices((1, 2, 3), weights=(70, 25, 5))[0]
            outcome = rng.choices(("recovered", "recovering", "unknown"), weights=(80, 15, 5))[0]
            self.events.append((intake_id, response_id, problem, intake_id, at[:10], related,
                                grade, outcome, "demo", at))  # fmt: skip

    def flush(self, conn: sqlite3.Connection) -> None:
        """Before the follow-ups' done marks are written; the triggers keep the intakes'
        answered counts and review flags, and write the audit rows."""
        conn.executemany(
            "INSERT INTO follow_up_response (id, uid, intake_id, follow_up_id,"
            " follow_up_due_on, questionnaire_url, questionnaire_version, language,"
            " answered_at, source, entered_by, koos_jr_raw, koos_jr_score, pain_now,"
            " pain_worst_week, global_change, satisfaction, problems, needs_review, answers,"
            " reviewed_at, reviewed_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
            " ?, ?, ?, ?, ?, ?, ?)",
            self.rows,
        )
        self.rows.clear()
        conn.executemany(
            "INSERT INTO adverse_event (intake_id, response_id, problem, treatment_id,"
            " relatedness, grade, outcome, rated_by, rated_at) VALUES (?, ?, ?,"
            " (SELECT id FROM treatment WHERE intake_id = ? AND treated_on <= ?"
            "  ORDER BY treated_on DESC, id DESC LIMIT 1), ?, ?, ?, ?, ?)",
            self.events,
        )
        self.events.clear()
