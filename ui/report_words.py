"""The words of a record and its printed summary in the staff's language, and of the
answers a patient checks in theirs: the core writes them (app/records/intake_report.py)
with the words it is given."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from app.records.intake_report import ReportWords
from ui.translate import tr
from ui.translations import patient_language


def staff_report_words() -> ReportWords:
    locale = QLocale()
    return ReportWords(
        yes=tr("Yes"),
        no=tr("No"),
        months=tuple(
            locale.standaloneMonthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13)
        ),
        date=tr("{0} {1} {2}"),  # a date: day, month, year
        corrected=tr("Corrected by {0} ({1}): patient answered “{2}”. Reason: {3}"),
        problem_flag=tr("Problem reported after treatment: a clinician should call the patient"),
        imaging_flag=tr("Imaging needed: no X-ray, MRI, CT or ultrasound reported"),
        screening_flag=tr("Screening review: {0}"),
        demo_flag=tr("DEMO record (synthetic data)"),
        summary_title=tr("Intake summary"),
        for_consultation=tr("{0} — for the consultation"),
        born=tr("Born {0} (age {1})"),
        phone=tr("Phone {0}"),
        email=tr("Email {0}"),
        submitted=tr("Submitted {0}"),
        status=tr("Status {0}"),
        flags=tr("Flags"),
        no_flags=tr("No flags."),
        consent=tr("Consent"),
        no_consent=tr("No consent on record for this intake."),
        signed_drawn=tr("Signed by the patient on {0} (consent version {1}):"),
        signed_typed=tr(
            "Signed by the patient on {0}, by typing their name: “{1}” (consent version {2})."
        ),
        given=tr("Given {0}, recorded by {1} on {2} (consent version {3})."),
        by_phone=tr("by phone"),
        on_paper=tr("on paper"),
        in_person=tr("in person"),
        unknown_wording=tr("(a wording this copy of Knee Intake does not have)"),
        beside=tr("Beside the form: the article, version {0}, with no results of the clinic's."),
        beside_results=tr(
            "Beside the form: the article, version {0}, and the clinic's results version {1}."
        ),
        beside_results_on=tr(
            "Beside the form: the article, version {0}, and the clinic's results version {1},"
            " worked out on {2}."
        ),
        score_title=tr("Knee score (KOOS JR, 100 = no knee problems)"),
        at_intake=tr("At intake: {0}"),
        at_intake_incomplete=tr("At intake: incomplete (not all seven questions answered)"),
        follow_up=tr("Follow-up"),
        koos_jr=tr("KOOS JR"),
        pain_now=tr("Pain now"),
        incomplete=tr("incomplete"),
    )


def patient_review_words() -> ReportWords:
    """For the answers a patient checks before sending, in the patient's language: the
    yes/no of the answer buttons, the months of their language."""
    locale = QLocale(patient_language())
    return ReportWords(
        yes=QCoreApplication.translate("YesNoButtons", "Yes"),
        no=QCoreApplication.translate("YesNoButtons", "No"),
        months=tuple(
            locale.standaloneMonthName(m, QLocale.FormatType.LongFormat) for m in range(1, 13)
        ),
    )
