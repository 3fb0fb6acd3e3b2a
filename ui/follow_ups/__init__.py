"""Today's follow-ups on screen (issue 26)."""
