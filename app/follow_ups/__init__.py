"""Follow-ups that get answered (issue 26): the clinic's ladder of reminders, calls and
a letter for each due follow-up, today's work list, e-mail reminders through the
clinic's own server, and how well it all works (the response rates)."""
