"""Stations and the host over the clinic's own network (docs/ARCHITECTURE.md).

The host keeps the database and serves it over HTTPS (an asyncio server in front of a
WSGI app); stations pair with a one-time code, pin the host's certificate, and talk to
it with httpx.
Everything a station may do is decided here, on the host, for every request.
"""
