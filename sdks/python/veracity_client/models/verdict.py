from enum import StrEnum


class Verdict(StrEnum):
    AUTHENTIC = "authentic"
    INCONCLUSIVE = "inconclusive"
    MANIPULATED = "manipulated"
    SYNTHETIC = "synthetic"

    def __str__(self) -> str:
        return str(self.value)
