"""Outcomes on screen: the record's chart, follow-up entry and hand-over, the report."""
