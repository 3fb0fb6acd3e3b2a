"""The host's own TLS key and certificate, made once at set-up, kept in the data folder.

A self-signed certificate is enough: no station trusts it because of who signed it.
Each station learns its fingerprint when it pairs (the pairing code authenticates it,
app/network/pairing.py) and from then on accepts that certificate and no other.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ssl
from dataclasses import dataclass
from pathlib import Path

from app.system.private_files import make_private_folder, open_owner_only

CERTIFICATE_FILE = "host-certificate.pem"
KEY_FILE = "host-key.pem"
VALID_YEARS = 20


@dataclass(frozen=True)
class HostIdentity:
    certificate: Path
    key: Path
    fingerprint: str  # SHA-256 of the certificate (DER), hex

    def certificate_pem(self) -> str:
        return self.certificate.read_text(encoding="ascii")


def fingerprint_of_pem(pem: str) -> str:
    return hashlib.sha256(ssl.PEM_cert_to_DER_cert(pem)).hexdigest()


def host_identity(folder: Path) -> HostIdentity:
    """The host's identity in ``folder``, made on first use."""
    certificate, key = folder / CERTIFICATE_FILE, folder / KEY_FILE
    if not (certificate.exists() and key.exists()):
        _make(certificate, key)
    return HostIdentity(
        certificate, key, fingerprint_of_pem(certificate.read_text(encoding="ascii"))
    )


def _make(certificate: Path, key_path: Path) -> None:
    # Imported here: only a host that serves needs cryptography loaded.
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Knee Intake host")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * VALID_YEARS))
        # Its own trust anchor: stations load exactly this certificate as the one CA.
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                key_cert_sign=True,
                crl_sign=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    folder = certificate.parent
    make_private_folder(folder)
    with open_owner_only(key_path, "wb") as out:
        out.write(
            key.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
    with open_owner_only(certificate, "wb") as out:
        out.write(cert.public_bytes(serialization.Encoding.PEM))
