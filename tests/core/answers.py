"""What the scripted loopback server answers in the core tests: one project, as the API gives it."""

from __future__ import annotations

PROJECT_ID = "proj_cl0000000000000000000000"
PROJECT = {
    "id": PROJECT_ID,
    "type": "project",
    "url": f"https://api.prisma.io/v1/projects/{PROJECT_ID}",
    "name": "demo",
    "logicalId": None,
    "createdAt": "2025-01-02T03:04:05Z",
    "defaultRegion": "eu-west-3",
    "workspace": {"id": "wksp_cl0000000000000000000000", "url": "https://api.prisma.io/w", "name": "ws"},
}
GET_PROJECT = "/v1/projects/{id}"
PROJECT_PARAMS = {"path": {"id": PROJECT_ID}}
NOT_FOUND = {"error": {"code": "not-found", "message": "Project not found"}}
LOGS = "/v1/deployments/{deploymentId}/logs"
