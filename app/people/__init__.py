"""People's details as people write them: phone numbers (stored E.164, shown the local
way), phone search terms, and ages from birth dates."""
