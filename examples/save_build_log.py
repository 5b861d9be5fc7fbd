"""Save a build's log to a file as it streams in, never holding the whole log in memory.

    PRISMA_SERVICE_TOKEN=... python examples/save_build_log.py <build id> build-log.ndjson
    python examples/save_build_log.py --fake build-log.ndjson   # a made-up build on the fake platform

``parse_as="stream"`` hands over the body's bytes as they arrive (the log is NDJSON: one JSON
record per line, as the API sends it). The file is written under a temporary name and renamed
when complete, so an interrupted download never leaves a truncated log under the final name;
leaving the ``with`` block, however it is left, gives the connection back.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from prisma_management_api import ManagementApiClient, create_management_api_client


def save_build_log(client: ManagementApiClient, build_id: str, target: Path) -> int:
    """Stream the log of ``build_id`` into ``target``; return the number of bytes written."""
    result = client.GET(
        "/v1/builds/{buildId}/logs", params={"path": {"buildId": build_id}}, parse_as="stream"
    )
    if result.error is not None:
        raise SystemExit(f"cannot read the log of {build_id}: {result.error.error.message}")
    partial = target.with_name(target.name + ".part")
    written = 0
    try:
        with result.data as stream, partial.open("wb") as out:
            for chunk in stream:
                out.write(chunk)
                written += len(chunk)
        partial.replace(target)
    finally:
        partial.unlink(missing_ok=True)
    return written


def make_fake_build(client: ManagementApiClient, lines: int) -> str:
    """A build on the fake platform whose log has about ``lines`` lines."""
    build = client.builds.create(source="cli", commit_sha="abc123", branch_name="main")
    client.builds.update(build.id, state="running", phase="build")
    for step in range(lines):  # each reported message is a line of the log
        client.builds.update(build.id, error_message=f"step {step:05d}: " + "output " * 40)
    return build.id


def main(argv: list[str]) -> int:
    if len(argv) == 2 and argv[0] == "--fake":
        from prisma_management_api.testing import FakePrismaPlatform

        with (
            FakePrismaPlatform(provisioning_delay=0) as fake,
            create_management_api_client(token=fake.service_token, base_url=fake.api_url) as client,
        ):
            written = save_build_log(client, make_fake_build(client, 200), Path(argv[1]))
    elif len(argv) == 2:
        if not os.environ.get("PRISMA_SERVICE_TOKEN"):
            raise SystemExit("set PRISMA_SERVICE_TOKEN (or pass --fake)")
        with create_management_api_client() as client:
            written = save_build_log(client, argv[0], Path(argv[1]))
    else:
        raise SystemExit(__doc__)
    print(f"saved {written} bytes to {argv[1]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
