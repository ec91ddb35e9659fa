from enum import StrEnum


class AnalysisType(StrEnum):
    DOCUMENT = "DOCUMENT"
    FACE = "FACE"
    GENERAL = "GENERAL"
    VERIFICATION = "VERIFICATION"

    def __str__(self) -> str:
        return str(self.value)
