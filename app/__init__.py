"""Knee Intake's core: pure Python, no Qt. The UI in ``ui/`` builds on it."""
