# fmt: off
# The README's first typed example, copied verbatim (tests/typing/test_result_types.py checks that
# it still is): mypy --strict and pyright must accept it as a new user writes it.
from prisma_management_api import create_management_api_client

client = create_management_api_client(token="<service token>")  # base_url="https://api.prisma.io"

result = client.GET("/v1/projects/{id}", params={"path": {"id": "proj_..."}})
if result.error is None:
    print(result.data.data.name)           # typed: GetProjectResponse -> Project
else:
    print(result.response.status, result.error.error.code)

created = client.POST("/v1/projects", body={"name": "my-project", "region": "eu-central-1"})
