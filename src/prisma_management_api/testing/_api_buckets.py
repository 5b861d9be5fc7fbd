"""Object-store buckets and their access keys (a key's secret is shown once, on create)."""

from __future__ import annotations

from typing import Any

from ._api_common import (
    ApiError,
    Ctx,
    Handler,
    Reply,
    data,
    no_content,
    not_found,
    paginate,
    ref,
    text_field,
    with_prefix,
)
from ._api_databases import apply_list_filters, resolve_branch_id
from ._store import Bucket, BucketKey, hint_of, iso, new_id, new_secret

STORAGE_ENDPOINT = "https://storage.prisma.build"


def find_bucket(ctx: Ctx, raw_id: str) -> Bucket:
    bucket = ctx.store.buckets.get(with_prefix("bkt_", raw_id))
    if bucket is None or ctx.store.project_of(ctx.workspace_id, bucket.project_id) is None:
        raise not_found("Bucket", raw_id)
    return bucket


def render_bucket(ctx: Ctx, bucket: Bucket) -> dict[str, Any]:
    project = ctx.store.projects[bucket.project_id]
    return {
        "id": bucket.id,
        "type": "bucket",
        "url": ctx.url("buckets", bucket.id),
        "name": bucket.name,
        "providerName": bucket.provider_name,
        "status": "active",
        "createdAt": iso(bucket.created_at),
        "project": ref(ctx.url("projects", project.id), project.id, project.name),
        "branchId": bucket.branch_id,
        "logicalId": bucket.logical_id,
    }


def render_key(key: BucketKey) -> dict[str, Any]:
    return {
        "id": key.id,
        "type": "bucketKey",
        "name": key.name,
        "valueHint": key.value_hint,
        "role": key.role,
        "createdAt": iso(key.created_at),
    }


def _logical_conflict(
    ctx: Ctx, bucket_project: str, branch_id: str | None, logical_id: str | None, exclude: str = ""
) -> None:
    if logical_id is None:
        return
    for other in ctx.store.buckets.values():
        if (
            other.id != exclude
            and other.project_id == bucket_project
            and other.branch_id == branch_id
            and other.logical_id == logical_id
        ):
            raise ApiError(409, "A bucket with the same logicalId already exists on the branch.")


def list_buckets(ctx: Ctx) -> Reply:
    store = ctx.store
    records = [b for b in store.buckets.values() if store.project_of(ctx.workspace_id, b.project_id)]
    records = apply_list_filters(ctx, records)
    return Reply(200, paginate(ctx, records, lambda b: render_bucket(ctx, b)))


def create_bucket(ctx: Ctx) -> Reply:
    body = ctx.json_body()
    project = ctx.project(str(body["projectId"]))
    logical_id = text_field(body, "logicalId")
    if logical_id is not None and text_field(body, "branchGitName") is not None:
        raise ApiError(400, "body.logicalId: cannot be combined with branchGitName; pass branchId instead")
    branch_id = resolve_branch_id(ctx, project, body)
    _logical_conflict(ctx, project.id, branch_id, logical_id)
    bucket_id = new_id("bkt_")
    bucket = Bucket(
        id=bucket_id,
        seq=ctx.store.next_seq(),
        project_id=project.id,
        name=text_field(body, "name") or "bucket",
        provider_name=f"prisma-{bucket_id.split('_', 1)[1]}",
        created_at=ctx.store.wall(),
        branch_id=branch_id,
        logical_id=logical_id,
    )
    ctx.store.buckets[bucket.id] = bucket
    return data(render_bucket(ctx, bucket), 201)


def get_bucket(ctx: Ctx) -> Reply:
    return data(render_bucket(ctx, find_bucket(ctx, ctx.path["bucketId"])))


def update_bucket(ctx: Ctx) -> Reply:
    bucket = find_bucket(ctx, ctx.path["bucketId"])
    project = ctx.store.projects[bucket.project_id]
    body = ctx.json_body()
    fields = {k for k in ("displayName", "branchId", "branchGitName", "logicalId") if k in body}
    if not fields:
        raise ApiError(422, "body: give at least one of displayName, branchId, branchGitName, logicalId")
    moves = bool(fields & {"branchId", "branchGitName"})
    logical_id = text_field(body, "logicalId")
    if logical_id is not None and moves:
        raise ApiError(422, "body.logicalId: cannot be combined with a branch move")
    name = text_field(body, "displayName")  # any string, "" included: the spec sets no rule
    if moves:
        branch_id = resolve_branch_id(ctx, project, body)
        _logical_conflict(ctx, project.id, branch_id, bucket.logical_id, exclude=bucket.id)
        bucket.branch_id = branch_id
    if logical_id is not None:
        _logical_conflict(ctx, project.id, bucket.branch_id, logical_id, exclude=bucket.id)
        bucket.logical_id = logical_id
    if name is not None:
        bucket.name = name  # a label only: the provider name and the keys do not change
    return data(render_bucket(ctx, bucket))


def delete_bucket(ctx: Ctx) -> Reply:
    bucket = find_bucket(ctx, ctx.path["bucketId"])
    for key_id in [k for k, key in ctx.store.bucket_keys.items() if key.bucket_id == bucket.id]:
        del ctx.store.bucket_keys[key_id]
    del ctx.store.buckets[bucket.id]
    return no_content()


def list_keys(ctx: Ctx) -> Reply:
    bucket = find_bucket(ctx, ctx.path["bucketId"])
    records = [k for k in ctx.store.bucket_keys.values() if k.bucket_id == bucket.id]
    return Reply(200, paginate(ctx, records, render_key))


def create_key(ctx: Ctx) -> Reply:
    bucket = find_bucket(ctx, ctx.path["bucketId"])
    body = ctx.json_body()
    secret = new_secret(30)
    key = BucketKey(
        id=new_id("bkey_"),
        seq=ctx.store.next_seq(),
        bucket_id=bucket.id,
        name=text_field(body, "name") or "key",
        role="read_write" if body["role"] == "read_write" else "read",
        access_key_id="PK" + new_secret(12).upper().replace("-", "A").replace("_", "B"),
        value_hint=hint_of(secret),
        created_at=ctx.store.wall(),
    )
    ctx.store.bucket_keys[key.id] = key
    rendered = render_key(key)
    rendered.update(
        secretAccessKey=secret,  # returned exactly once and never stored
        accessKeyId=key.access_key_id,
        endpoint=STORAGE_ENDPOINT,
        bucketName=bucket.provider_name,
    )
    return data(rendered, 201)


def delete_key(ctx: Ctx) -> Reply:
    bucket = find_bucket(ctx, ctx.path["bucketId"])
    key = ctx.store.bucket_keys.get(with_prefix("bkey_", str(ctx.path["keyId"])))
    if key is None or key.bucket_id != bucket.id:
        raise not_found("Bucket key", str(ctx.path["keyId"]))
    del ctx.store.bucket_keys[key.id]
    return no_content()


ROUTES: dict[str, Handler] = {
    "GET /v1/buckets": list_buckets,
    "POST /v1/buckets": create_bucket,
    "GET /v1/buckets/{bucketId}": get_bucket,
    "PATCH /v1/buckets/{bucketId}": update_bucket,
    "DELETE /v1/buckets/{bucketId}": delete_bucket,
    "GET /v1/buckets/{bucketId}/keys": list_keys,
    "POST /v1/buckets/{bucketId}/keys": create_key,
    "DELETE /v1/buckets/{bucketId}/keys/{keyId}": delete_key,
}
