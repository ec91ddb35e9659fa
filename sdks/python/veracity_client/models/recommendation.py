from enum import StrEnum


class Recommendation(StrEnum):
    ACCEPT = "accept"
    ENHANCED_VERIFICATION = "enhanced_verification"
    MANUAL_REVIEW = "manual_review"
    REJECT = "reject"

    def __str__(self) -> str:
        return str(self.value)
