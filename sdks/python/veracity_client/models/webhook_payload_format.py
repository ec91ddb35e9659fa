from enum import StrEnum


class WebhookPayloadFormat(StrEnum):
    VERACITY = "veracity"
    VERIPLUS = "veriplus"

    def __str__(self) -> str:
        return str(self.value)
