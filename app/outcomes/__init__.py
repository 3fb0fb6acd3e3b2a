"""Outcomes after treatment (issue 12): validated scores and how they change."""
