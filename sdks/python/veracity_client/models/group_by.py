from enum import StrEnum


class GroupBy(StrEnum):
    DAY = "day"
    MEDIA_TYPE = "media_type"

    def __str__(self) -> str:
        return str(self.value)
