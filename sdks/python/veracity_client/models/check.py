from enum import StrEnum


class Check(StrEnum):
    AI_GENERATED = "ai_generated"
    DEEPFAKE = "deepfake"

    def __str__(self) -> str:
        return str(self.value)
