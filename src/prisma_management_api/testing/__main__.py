"""``python -m prisma_management_api.testing serve`` (also ``prisma-fake serve``): run the fake
platform in the foreground, print where it listens and the seeded service token, stop on Ctrl-C."""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
from collections.abc import Sequence
from types import FrameType


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="prisma-fake", description="A local fake of the Prisma platform (Management API and OAuth)."
    )
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser("serve", help="serve on 127.0.0.1 until interrupted")
    serve.add_argument("--port", type=int, default=0, help="Management API port (default: any free port)")
    serve.add_argument("--auth-port", type=int, default=0, help="OAuth server port (default: any free port)")
    serve.add_argument(
        "--provisioning-delay",
        type=float,
        default=0.2,
        metavar="SECONDS",
        help="how long new databases stay 'provisioning' (default: 0.2; 0: ready at once)",
    )
    serve.add_argument(
        "--token",
        metavar="VALUE",
        help="the seeded service token's value (default: a random one), so scripts know it in advance",
    )
    serve.add_argument(
        "--json",
        action="store_true",
        help="print one JSON line (apiUrl, authUrl, githubOidcUrl, workspaceId, serviceToken, pid) "
        "instead of text",
    )
    return parser


def _interrupt(signum: int, frame: FrameType | None) -> None:
    raise KeyboardInterrupt


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.provisioning_delay < 0:
        print("prisma-fake: --provisioning-delay must be >= 0", file=sys.stderr)
        return 2
    if args.token is not None and (not args.token.strip() or args.token != args.token.strip()):
        print("prisma-fake: --token must be a non-empty value without surrounding spaces", file=sys.stderr)
        return 2
    from ._platform import FakePrismaPlatform

    try:
        fake = FakePrismaPlatform(
            port=args.port,
            auth_port=args.auth_port,
            provisioning_delay=args.provisioning_delay,
            service_token=args.token,
        )
    except OSError as exc:
        print(f"prisma-fake: cannot listen: {exc.strerror or exc}", file=sys.stderr)
        return 1
    # A process manager's SIGTERM stops the fake as Ctrl-C does.
    signal.signal(signal.SIGTERM, _interrupt)
    if args.json:
        info = {
            "apiUrl": fake.api_url,
            "authUrl": fake.auth_url,
            "githubOidcUrl": fake.github_oidc_url,
            "workspaceId": fake.workspace.id,
            "serviceToken": fake.service_token,
            "clientId": fake.client_id,
            "pid": os.getpid(),
        }
        print(json.dumps(info), flush=True)
    else:
        print("Fake Prisma platform (Ctrl-C to stop)")
        print(f"  API URL:       {fake.api_url}")
        print(f"  Auth URL:      {fake.auth_url}")
        print(f"  Workspace:     {fake.workspace.id}")
        print(f"  Service token: {fake.service_token}", flush=True)
    fake.serve_forever()
    return 0


if __name__ == "__main__":
    sys.exit(main())
