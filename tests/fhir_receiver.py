"""A small FHIR server for tests, on 127.0.0.1: it takes a transaction Bundle as a FHIR
server does (each entry's ``request`` carried out; ``urn:uuid:`` references resolved
inside the Bundle and rewritten to ``Type/id``; a reference that resolves to nothing
refuses the whole Bundle) and answers ``GET /Type`` with what it holds.

It serves a bounded number of requests, each with a deadline, then stops by itself."""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

MAX_REQUESTS = 20
REQUEST_SECONDS = 10
LIFETIME_SECONDS = 120


class TransactionRefused(ValueError):
    """What a FHIR server answers 400 to, with its OperationOutcome's words."""


class FhirStore:
    """The resources held, by type and id, with a version each time one is PUT again."""

    def __init__(self) -> None:
        self.resources: dict[tuple[str, str], dict[str, Any]] = {}
        self.versions: dict[tuple[str, str], int] = {}
        self.lock = threading.Lock()

    def transaction(self, bundle: dict[str, Any]) -> dict[str, Any]:
        if bundle.get("resourceType") != "Bundle" or bundle.get("type") != "transaction":
            raise TransactionRefused("not a transaction Bundle")
        targets: dict[str, tuple[str, str]] = {}
        for entry in bundle.get("entry", []):
            request, resource = entry.get("request") or {}, entry.get("resource") or {}
            if request.get("method") != "PUT":
                raise TransactionRefused(f"only PUT is taken here: {request}")
            kind, _, rid = str(request.get("url", "")).partition("/")
            if kind != resource.get("resourceType") or rid != resource.get("id") or not rid:
                raise TransactionRefused(f"{request.get('url')} is not the resource it holds")
            if entry.get("fullUrl") in targets:
                raise TransactionRefused(f"{entry['fullUrl']} is in the Bundle twice")
            targets[entry["fullUrl"]] = (kind, rid)
        with self.lock:
            in_bundle = set(targets.values())
            stored = [
                (targets[entry["fullUrl"]], self._resolved(entry["resource"], targets, in_bundle))
                for entry in bundle.get("entry", [])
            ]
            answers = []
            for key, resource in stored:
                created = key not in self.resources
                self.versions[key] = self.versions.get(key, 0) + 1
                self.resources[key] = resource
                answers.append({"response": {
                    "status": "201 Created" if created else "200 OK",
                    "location": f"{key[0]}/{key[1]}/_history/{self.versions[key]}",
                }})  # fmt: skip
        return {"resourceType": "Bundle", "type": "transaction-response", "entry": answers}

    def _resolved(
        self, value: Any, targets: dict[str, tuple[str, str]], in_bundle: set[tuple[str, str]]
    ) -> Any:
        if isinstance(value, dict):
            out = {}
            for key, item in value.items():
                if key == "reference" and isinstance(item, str):
                    out[key] = self._reference(item, targets, in_bundle)
                else:
                    out[key] = self._resolved(item, targets, in_bundle)
            return out
        if isinstance(value, list):
            return [self._resolved(item, targets, in_bundle) for item in value]
        return value

    def _reference(
        self, reference: str, targets: dict[str, tuple[str, str]], in_bundle: set[tuple[str, str]]
    ) -> str:
        if reference.startswith("urn:uuid:"):
            if reference not in targets:
                raise TransactionRefused(f"{reference} is not in the Bundle")
            return "/".join(targets[reference])
        kind, _, rid = reference.partition("/")
        if (kind, rid) not in in_bundle and (kind, rid) not in self.resources:
            raise TransactionRefused(f"{reference} is neither in the Bundle nor held here")
        return reference

    def of_type(self, kind: str) -> list[dict[str, Any]]:
        with self.lock:
            return [r for (k, _), r in sorted(self.resources.items()) if k == kind]


class FhirReceiver:
    """The store served over HTTP on loopback, for ``with`` blocks."""

    def __init__(self) -> None:
        self.store = FhirStore()
        store = self.store

        served = [0]

        class Handler(BaseHTTPRequestHandler):
            timeout = REQUEST_SECONDS

            def handle_one_request(self) -> None:
                served[0] += 1
                if served[0] > MAX_REQUESTS:
                    self.close_connection = True
                    return
                super().handle_one_request()

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                try:
                    answer = store.transaction(json.loads(self.rfile.read(length)))
                except (TransactionRefused, ValueError) as refused:
                    self._send(400, {"resourceType": "OperationOutcome", "issue": [
                        {"severity": "error", "code": "invalid", "diagnostics": str(refused)}
                    ]})  # fmt: skip
                    return
                self._send(200, answer)

            def do_GET(self) -> None:
                found = store.of_type(self.path.strip("/").split("?")[0])
                self._send(200, {"resourceType": "Bundle", "type": "searchset",
                                 "total": len(found),
                                 "entry": [{"resource": r} for r in found]})  # fmt: skip

            def _send(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/fhir+json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, format: str, *args: Any) -> None:
                return  # quiet: the test reads the answers

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,))
        self._stop_by_itself = threading.Timer(LIFETIME_SECONDS, self._server.shutdown)

    def __enter__(self) -> FhirReceiver:
        self._thread.start()
        self._stop_by_itself.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop_by_itself.cancel()
        self._server.shutdown()
        self._thread.join(timeout=10)
        self._server.server_close()
