"""A station's side: pairing with the host, and every request after it over pinned TLS.

The client is httpx (about 1.5 MB with httpcore, h11, anyio, certifi, idna): mature,
with timeouts, connection reuse and plain exceptions, usable from the command line
(``knee-intake-admin pair``) as well as from the Qt app, which calls it off the GUI
thread. Trust is pinned: the only certificate a station accepts is the one it paired
with, loaded as its single trust anchor, and its fingerprint is checked on top.
"""

from __future__ import annotations

import socket
import ssl
from typing import Any

import httpx

from app.network.host_identity import fingerprint_of_pem
from app.network.pairing import host_proof, normalise_code, station_proof
from app.network.station_config import STATION_FILE as STATION_FILE
from app.network.station_config import StationConfig as StationConfig  # (re-exported)

TIMEOUT_SECONDS = 10.0


class HostUnreachable(Exception):
    """No answer from the host (down, wrong address, network out): try again later."""


class NotThePinnedHost(Exception):
    """The host showed a certificate other than the one paired with: refused."""


class PairingFailed(Exception):
    """The code was wrong, spent or expired, or the host could not prove itself."""


def pinned_context(certificate_pem: str) -> ssl.SSLContext:
    """TLS that accepts exactly this certificate: it is the only trust anchor, and the
    host's name is not checked (a clinic PC's address may change; its key may not)."""
    context = ssl.create_default_context(cadata=certificate_pem)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_REQUIRED
    return context


class HostLink:
    """Requests to the host as a paired station (optionally as a signed-in staff member)."""

    def __init__(self, config: StationConfig, *, timeout: float = TIMEOUT_SECONDS) -> None:
        self.config = config
        self._client = httpx.Client(
            base_url=f"https://{_url_host(config.host)}:{config.port}",
            verify=pinned_context(config.certificate_pem),
            timeout=timeout,
            headers={"Authorization": f"Bearer {config.credential}"},
        )

    def request(
        self, method: str, path: str, body: Any = None, *, session: str | None = None
    ) -> httpx.Response:
        headers = {"X-Staff-Session": session} if session else {}
        try:
            return self._client.request(method, path, json=body, headers=headers)
        except httpx.ConnectError as exc:
            if isinstance(exc.__context__, ssl.SSLCertVerificationError) or "CERTIFICATE" in str(
                exc
            ):
                raise NotThePinnedHost from None
            raise HostUnreachable from None
        except httpx.TransportError:
            raise HostUnreachable from None

    def close(self) -> None:
        self._client.close()


def fetch_certificate(host: str, port: int, *, timeout: float = TIMEOUT_SECONDS) -> str:
    """The certificate the host at this address shows, not yet trusted (pairing)."""
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # authenticated by the pairing code, below
    try:
        with (
            socket.create_connection((host, port), timeout=timeout) as raw,
            context.wrap_socket(raw) as tls,
        ):
            der = tls.getpeercert(binary_form=True)
    except OSError:
        raise HostUnreachable from None
    if der is None:
        raise PairingFailed
    return ssl.DER_cert_to_PEM_cert(der)


def pair(host: str, port: int, typed_code: str, name: str) -> StationConfig:
    """Pair this station with the host: the code proves each side to the other."""
    code = normalise_code(typed_code)
    pem = fetch_certificate(host, port)
    fingerprint = fingerprint_of_pem(pem)
    proof = station_proof(code, fingerprint, name.strip())
    # Pinned to the certificate just seen: the answer comes from the same host.
    with httpx.Client(
        base_url=f"https://{_url_host(host)}:{port}",
        verify=pinned_context(pem),
        timeout=TIMEOUT_SECONDS,
    ) as client:
        try:
            response = client.post("/v1/pair", json={"name": name.strip(), "proof": proof})
        except httpx.TransportError:
            raise HostUnreachable from None
    if response.status_code != 201:
        raise PairingFailed
    answer = response.json()
    expected = host_proof(code, fingerprint, name.strip())
    if not isinstance(answer, dict) or answer.get("host_proof") != expected:
        raise PairingFailed  # not the host the code came from: someone in the middle
    return StationConfig(
        host=host, port=port, certificate_pem=pem, fingerprint=fingerprint,
        credential=str(answer["credential"]), name=str(answer["name"]),
        kind=str(answer["kind"]), station_id=int(answer["station_id"]),
    )  # fmt: skip


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def send_intake(link: HostLink, payload: dict[str, Any]) -> int | None:
    """One outbox entry to the host: its status code, or None if it was not reached
    (down, or not the pinned host: nothing is sent to a stranger)."""
    path = "/v1/kiosk/follow-up-answers" if payload.get("kind") == "follow-up" else "/v1/intakes"
    try:
        return link.request("POST", path, payload).status_code
    except (HostUnreachable, NotThePinnedHost):
        return None
