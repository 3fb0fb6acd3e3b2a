"""The clinic's own: its settings (in the database's setting table), its data folder, the
resources it ships (questionnaires, consent, article, translations), the educational
article, and the words for patients in letters, reminders and copies."""
