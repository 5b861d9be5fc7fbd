"""A small OpenAPI 3.1 document with one instance of each schema feature the generator handles."""

from __future__ import annotations

from typing import Any

ERROR = {"$ref": "#/components/schemas/ErrorResponse"}

MINI_SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Mini API", "version": "9"},
    "components": {
        "schemas": {
            "ErrorResponse": {
                "type": "object",
                "properties": {
                    "error": {
                        "type": "object",
                        "properties": {
                            "code": {"type": "string"},
                            "message": {"type": "string"},
                            "hint": {"type": "string"},
                        },
                        "required": ["code", "message"],
                    }
                },
                "required": ["error"],
            },
            "Widget": {
                "type": "object",
                "description": "A widget on the shelf.",
                "properties": {
                    "id": {"type": "string", "pattern": "^(wid_)?[a-z0-9]+$"},
                    "kind": {"type": "string", "const": "widget"},
                    "status": {"enum": ["on", "off", None], "description": "Power state; null when unknown."},
                    "note": {"type": ["string", "null"]},
                    "createdAt": {"type": "string", "format": "date-time"},
                    "homepage": {"type": "string", "format": "uri"},
                    "contact": {"type": "string", "format": "email"},
                    "labels": {"type": "object", "additionalProperties": {"type": "string"}},
                    "meta": {"type": "object", "additionalProperties": {}},
                    "size": {"anyOf": [{"type": "integer"}, {"type": "string"}]},
                    "legacyName": {"type": "string", "deprecated": True, "description": "Old name."},
                    "count": {"type": "integer"},
                    "ratio": {"type": "number"},
                    "active": {"type": "boolean"},
                    "tags": {"type": "array", "items": {"type": "string"}},
                    "owner": {
                        "type": "object",
                        "properties": {
                            "name": {"type": "string"},
                            "since": {"type": "string", "format": "date-time"},
                        },
                        "required": ["name"],
                    },
                    "shape": {
                        "oneOf": [
                            {
                                "type": "object",
                                "properties": {
                                    "type": {"type": "string", "const": "circle"},
                                    "radius": {"type": "number"},
                                },
                                "required": ["type", "radius"],
                            },
                            {
                                "type": "object",
                                "properties": {
                                    "type": {"type": "string", "const": "square"},
                                    "side": {"type": "number"},
                                },
                                "required": ["type", "side"],
                            },
                        ]
                    },
                    "class": {"type": "string"},
                },
                "required": ["id", "kind", "status", "note", "createdAt", "shape"],
            },
        }
    },
    "paths": {
        "/widgets": {
            "get": {
                "operationId": "listWidgets",
                "summary": "List widgets",
                "deprecated": True,
                "parameters": [
                    {"in": "query", "name": "cursor", "schema": {"type": ["string", "null"]}},
                    {"in": "query", "name": "limit", "schema": {"type": "integer", "minimum": 1}},
                ],
                "responses": {
                    "200": {
                        "description": "The widgets.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "data": {
                                            "type": "array",
                                            "items": {"$ref": "#/components/schemas/Widget"},
                                        }
                                    },
                                    "required": ["data"],
                                }
                            }
                        },
                    },
                    "401": {"description": "No token.", "content": {"application/json": {"schema": ERROR}}},
                },
            },
            "post": {
                "operationId": "createWidget",
                "summary": "Create a widget",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "properties": {
                                    "name": {"type": "string", "minLength": 1},
                                    "color": {"type": "string", "enum": ["red", "blue"]},
                                    "from": {
                                        "type": "string",
                                        "description": "A key that is a Python keyword.",
                                    },
                                    "dimensions": {
                                        "type": "object",
                                        "properties": {"width": {"type": "number"}},
                                        "required": ["width"],
                                    },
                                },
                                "required": ["name"],
                            }
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "Created.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"data": {"$ref": "#/components/schemas/Widget"}},
                                    "required": ["data"],
                                }
                            }
                        },
                    },
                    "422": {"description": "Invalid.", "content": {"application/json": {"schema": ERROR}}},
                },
            },
        },
        "/widgets/{widgetId}": {
            "get": {
                "operationId": "getWidget",
                "summary": "Get a widget",
                "description": "Returns one widget by id.",
                "parameters": [
                    {"in": "path", "name": "widgetId", "required": True, "schema": {"type": "string"}},
                    {"in": "query", "name": "expand", "schema": {"type": "boolean"}},
                    {"in": "header", "name": "x-trace-id", "required": True, "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "The widget.",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {"data": {"$ref": "#/components/schemas/Widget"}},
                                    "required": ["data"],
                                }
                            }
                        },
                    },
                    "404": {"description": "Not found.", "content": {"application/json": {"schema": ERROR}}},
                },
            },
            "delete": {
                "operationId": "deleteWidget",
                "summary": "Delete a widget",
                "parameters": [
                    {"in": "path", "name": "widgetId", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "204": {"description": "Deleted."},
                    "404": {"description": "Not found.", "content": {"application/json": {"schema": ERROR}}},
                },
            },
        },
        "/widgets/{widgetId}/events": {
            "get": {
                "operationId": "getWidgetEvents",
                "summary": "Stream widget events",
                "parameters": [
                    {"in": "path", "name": "widgetId", "required": True, "schema": {"type": "string"}}
                ],
                "responses": {
                    "200": {
                        "description": "Events, one JSON object per line.",
                        "content": {
                            "application/x-ndjson": {
                                "schema": {
                                    "oneOf": [
                                        {
                                            "type": "object",
                                            "properties": {
                                                "type": {"type": "string", "const": "tick"},
                                                "at": {"type": "string", "format": "date-time"},
                                            },
                                            "required": ["type", "at"],
                                        },
                                        {
                                            "type": "object",
                                            "properties": {
                                                "type": {"type": "string", "const": "done"},
                                                "reason": {"type": "string"},
                                            },
                                            "required": ["type"],
                                        },
                                    ]
                                }
                            }
                        },
                    }
                },
            }
        },
    },
}
