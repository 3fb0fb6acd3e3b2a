"""A clinic through a year of follow-ups on an injected clock (issue 26): patients fall
due at each time point, e-mail reminders go to a real SMTP server on 127.0.0.1 once
each, reception works today's list every morning (texts, calls, letters, answers by
phone and from paper), and the outcomes report's response rates equal what was done.

Every "now" here is the test's clock: the reminders' runs, the answers, the list and
the report all take it, so the test reads the same next year."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

from app.clinic.resource_paths import resources_dir
from app.clinic.settings import CLINIC_PHONE_KEY, put_setting
from app.follow_ups.ladder import read_ladder
from app.follow_ups.mail_server import MailServer, put_mail_server
from app.follow_ups.reminders import ReminderRun
from app.follow_ups.response_rates import WAYS
from app.follow_ups.work_list import take_step, todays_list
from app.intake.consent import SignedConsent
from app.intake.form_check import FormChecker
from app.outcomes.follow_up_desk import store_follow_up
from app.outcomes.outcomes_report import ReportFilter, build_response_rates
from app.records.follow_up_plan import DEFAULT_INTERVALS, propose_follow_ups
from app.records.record_book import RecordBook, TreatmentEntry
from app.staff.accounts import StaffAccounts
from app.storage.database import open_database
from app.storage.write_transaction import write_transaction
from tests.follow_up_answers import follow_up_raw
from tests.intake_factory import IntakeFactory
from tests.mail_servers import PASSWORD, USER, Mailbox, free_port, mail_server

START = dt.date(2026, 1, 5)
# How each patient answers, at every follow-up:
#   "email"   : answers on the tablet two days after the first e-mail reminder
#   "silent"  : never answers (e-mails, two calls unanswered, the letter, let go)
#   "phone"   : no e-mail; reminded by text, reached on the first call, answers then
#   "paper"   : e-mails, no answer to the calls, answers the letter on paper a week on
PATIENTS = {"Ann": "email", "Ben": "silent", "Cat": "phone", "Dan": "paper", "Eve": "email"}


def test_a_year_of_follow_ups_gives_the_response_rates_of_what_was_done(
    knee_questionnaire, follow_up_questionnaire, tmp_path: Path
) -> None:
    path = tmp_path / "k.db"
    factory = IntakeFactory(knee_questionnaire, path)
    conn = open_database(path)
    StaffAccounts(conn).set_up("Riverside Knee Clinic", "rita", "Rita Chen", "correct horse 1")
    now = [dt.datetime.combine(START, dt.time(8, 0), dt.UTC)]
    book = RecordBook(conn, knee_questionnaire)
    patient_of: dict[int, str] = {}
    for n, (first, kind) in enumerate(PATIENTS.items()):
        consent = SignedConsent("en-2026-01", f"{START}T08:00:00+00:00", typed_name=f"{first} Lee")
        ways = ("phone",) if kind == "phone" else ("phone", "email")
        saved = factory.submit(first, "Lee", email=f"{first.lower()}@example.com",
                               contact_consent=ways, consent=consent)  # fmt: skip
        treated_on = START + dt.timedelta(days=3 * n)
        book.add_treatment(
            saved.intake_id, TreatmentEntry(treated_on, "left", "fat", 1, "Dr Okafor"), "rita",
            propose_follow_ups(treated_on, 1, DEFAULT_INTERVALS),
        )  # fmt: skip
        patient_of[saved.intake_id] = kind
    factory.close()
    port = free_port()
    with write_transaction(conn):
        put_mail_server(conn, MailServer("127.0.0.1", port, "starttls", USER, PASSWORD,
                                         "reminders@riverside.example"))  # fmt: skip
        put_setting(conn, CLINIC_PHONE_KEY, "(202) 555-0100")
    ladder = read_ladder(conn)
    expected: Counter[tuple[str, str]] = Counter()  # (time point, what happened)
    emails_expected = 0
    paper_due: dict[int, dt.date] = {}  # follow-up id -> the day its paper comes back
    kiosk_due: dict[int, dt.date] = {}
    mailbox = Mailbox()
    with mail_server(tmp_path, mailbox, port) as context:
        run = ReminderRun(conn, resources_dir() / "reminders", clock=lambda: now[0],
                          today=lambda: now[0].date(), context=context)  # fmt: skip
        day = START
        end = START + dt.timedelta(days=365 + 60)
        while day <= end:
            now[0] = dt.datetime.combine(day, dt.time(8, 0), dt.UTC)
            emails_expected += run.run().sent
            check = FormChecker(follow_up_questionnaire, today=lambda d=day: d)
            at = f"{day.isoformat()}T10:00:00+00:00"
            for item in todays_list(conn, ladder, day):
                kind = patient_of[item.intake_id]
                step, next_kind = item.position.step, item.next_kind
                point = item.purpose.split(" after ")[0]
                if kind == "email" and item.follow_up_id not in kiosk_due:
                    kiosk_due[item.follow_up_id] = day + dt.timedelta(days=2)
                if step is None:
                    continue
                if next_kind == "reminder" and not item.email_allowed:
                    take_step(conn, item.follow_up_id, step, "reminder", "text", "sent", "rita", at)
                elif next_kind == "call" and kind == "phone":
                    take_step(conn, item.follow_up_id, step, "call", "phone", "reached", "rita", at)
                    saved = store_follow_up(
                        conn, check, item.intake_id, follow_up_raw(), source="staff-phone",
                        by="rita", answered_at=at,
                    )  # fmt: skip
                    assert saved.saved is not None and saved.saved.follow_up_id == item.follow_up_id
                    expected[(point, "staff-phone")] += 1
                elif next_kind == "call":
                    take_step(conn, item.follow_up_id, step, "call", "phone", "no-answer", "rita",
                              at)  # fmt: skip
                elif next_kind == "letter":
                    take_step(conn, item.follow_up_id, step, "letter", "post", "printed", "rita",
                              at)  # fmt: skip
                    if kind == "paper":
                        paper_due[item.follow_up_id] = day + dt.timedelta(days=7)
            for waiting, (due, source) in {
                **{f: (d, "kiosk") for f, d in kiosk_due.items()},
                **{f: (d, "staff-paper") for f, d in paper_due.items()},
            }.items():
                if due != day:
                    continue
                (intake_id, purpose) = conn.execute(
                    "SELECT intake_id, purpose FROM follow_up WHERE id = ?", [waiting]
                ).fetchone()
                # The letter's answers are entered against the follow-up it was for (a
                # late paper can come back nearer the next due date than its own).
                saved = store_follow_up(
                    conn, check, intake_id, follow_up_raw(), source=source,
                    by="kiosk" if source == "kiosk" else "rita", answered_at=at,
                    follow_up_id=waiting if source == "staff-paper" else None,
                )  # fmt: skip
                assert saved.saved is not None and saved.saved.follow_up_id == waiting, purpose
                way = "email-then-visit" if source == "kiosk" else source
                expected[(purpose.split(" after ")[0], way)] += 1
            day += dt.timedelta(days=1)
        mails = Counter(mailbox.recipients)
    report_rates = build_response_rates(conn, knee_questionnaire, ReportFilter(), end)
    conn.close()

    # Each e-mail reminder once: Ann and Eve one per follow-up (they answer before the
    # second), Ben and Dan two each; none to Cat, who said no e-mail.
    assert mails == {"ann@example.com": 4, "eve@example.com": 4, "ben@example.com": 8,
                     "dan@example.com": 8}  # fmt: skip
    assert emails_expected == sum(mails.values())
    rates = {rate.time_point: rate for rate in report_rates}
    assert list(rates) == ["6 weeks", "3 months", "6 months", "12 months"]
    for point, rate in rates.items():
        ways = dict(zip(WAYS, rate.by_way, strict=True))
        assert rate.due == len(PATIENTS)
        assert rate.answered == 4 and rate.let_go == 1 and rate.still_open == 0  # Ben let go
        assert ways == {"kiosk": 0, "staff-phone": expected[(point, "staff-phone")],
                        "staff-paper": expected[(point, "staff-paper")], "staff-desk": 0,
                        "email-then-visit": expected[(point, "email-then-visit")]}  # fmt: skip
        assert ways["email-then-visit"] == 2 and ways["staff-phone"] == 1
        assert ways["staff-paper"] == 1
        # Dan's paper came back on day 35, after the 21-day window: late.
        assert rate.late == 1
