"""What a paired station keeps: the host it trusts and its own credential.

Apart from station_link.py (which brings httpx, about 50 ms to import), because every
start asks whether this PC is a station before showing anything (docs/PERFORMANCE.md).
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path

from app.system.private_files import make_private_folder, open_owner_only

STATION_FILE = "station.json"


@dataclass(frozen=True)
class StationConfig:
    """What a paired station keeps (owner-only, in its data folder)."""

    host: str
    port: int
    certificate_pem: str
    fingerprint: str
    credential: str
    name: str
    kind: str
    station_id: int

    def save(self, folder: Path) -> None:
        make_private_folder(folder)
        with open_owner_only(folder / STATION_FILE, "w", encoding="utf-8") as out:
            json.dump(asdict(self), out, indent=1)

    @staticmethod
    def load(folder: Path) -> StationConfig | None:
        path = folder / STATION_FILE
        if not path.exists():
            return None
        return StationConfig(**json.loads(path.read_text(encoding="utf-8")))
