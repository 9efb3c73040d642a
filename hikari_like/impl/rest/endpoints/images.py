"""Images in request bodies: Discord takes avatars, banners and icons as data URIs
(reference.mdx, "Image Data"), read here from any resource.

```python
body = payloads.Payload()
await images.put_image(body, "icon", icon)  # UNDEFINED: left out; None: null (removes the image)
```
"""

from __future__ import annotations

__all__ = ["put_image"]

from hikari_like import files
from hikari_like import undefined
from hikari_like.impl.rest import payloads


async def put_image(
    body: payloads.Payload,
    key: str,
    image: files.Resourceish | undefined.UndefinedType | None,
) -> None:
    """Put `image` (a path, bytes, a URL or any resource) as a `data:` URI under `key`."""
    if image is None or image is undefined.UNDEFINED:
        body.put(key, image)
        return
    async with files.ensure_resource(image).stream() as reader:
        body[key] = await reader.data_uri()
