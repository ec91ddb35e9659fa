from enum import StrEnum


class WebhookEventType(StrEnum):
    CREDITS_LOW_BALANCE = "credits.low_balance"
    DEEPFAKE_DEEPFAKE_DETECTED = "deepfake.deepfake_detected"
    DEEPFAKE_JOB_FAILED = "deepfake.job_failed"
    DEEPFAKE_SCAN_COMPLETED = "deepfake.scan_completed"
    WEBHOOK_TEST = "webhook.test"

    def __str__(self) -> str:
        return str(self.value)
