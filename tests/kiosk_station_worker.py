"""A tablet as its own process: ``python -m tests.kiosk_station_worker FOLDER N TAG SECONDS``.

Signs N intakes into its outbox, then keeps sending (as the kiosk's courier does) until
the outbox is empty or SECONDS have passed, and prints how many it sent and how many
still wait. Bounded in time and in rounds.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from app.clinic.resource_paths import questionnaire_path
from app.intake.consent import SignedConsent
from app.intake.questionnaire import load_questionnaire
from app.network.outbox import Outbox
from app.network.station_link import HostLink, StationConfig, send_intake
from app.system.clock import utc_now_text
from tests.clinic_network import english_consent_version
from tests.intake_factory import complete_raw_answers

ROUND_SECONDS = 0.2


def main(folder: str, count: int, tag: str, seconds: float) -> None:
    station = Path(folder)
    config = StationConfig.load(station)
    assert config is not None
    outbox = Outbox(station)
    raw = complete_raw_answers(load_questionnaire(questionnaire_path()))
    uids = []
    for n in range(count):
        signed_at = utc_now_text()
        consent = SignedConsent(english_consent_version(), signed_at, typed_name="Ann Lee")
        uids.append(outbox.put(raw | {"first-name": f"{tag}{n}"}, consent))
    print(json.dumps({"queued": uids}), flush=True)
    link = HostLink(config, timeout=3)
    sent = 0
    deadline = time.monotonic() + seconds
    while outbox.waiting() and time.monotonic() < deadline:
        outbox.retry_now()  # the test's host comes back within seconds, not minutes
        sent += outbox.deliver(lambda payload: send_intake(link, payload)).sent
        time.sleep(ROUND_SECONDS)
    link.close()
    print(json.dumps({"sent": sent, "waiting": outbox.waiting()}), flush=True)
    outbox.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3], float(sys.argv[4]))
