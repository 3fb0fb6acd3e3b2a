"""What the program needs from the computer it runs on: the clock (one "now" for every
process, app/system/clock.py), its own version, and files only their owner can read
(POSIX modes; Windows ACLs). Below everything else: the database uses these."""
