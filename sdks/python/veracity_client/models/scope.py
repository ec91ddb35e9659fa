from enum import StrEnum


class Scope(StrEnum):
    DETECTAI_MEDIA = "detect:ai-media"
    DETECTAUDIO = "detect:audio"
    DETECTIMAGE = "detect:image"
    DETECTTEXT = "detect:text"
    DETECTVIDEO = "detect:video"
    JOBSDELETE = "jobs:delete"
    JOBSREAD = "jobs:read"
    USAGEREAD = "usage:read"
    WEBHOOKSWRITE = "webhooks:write"

    def __str__(self) -> str:
        return str(self.value)
