"""The intake form's pipeline, in the order a patient meets it: the questionnaire and
its translations (questionnaire, questionnaire_translation, patient_languages), the
answers (answers), their checks (answer_check, enable_when, form_check), the summary
kept with the intake (summary), the consent, and the submit (submit: IntakeService, what
one intake stores in submission, written by repository). The kiosk's draft, its
services and how long an intake takes (kiosk_draft, kiosk_services, timing) serve the
same form."""
