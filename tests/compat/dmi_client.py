# DMI's Python client functions, copied verbatim from its API documentation (reference 003,
# "Client Libraries"), then a driver. tests/e2e/compat_dmi.rs replaces the host
# (https://your-domain.com) with a Veracity server's /compat/dmi and checks the copy against the
# seed when the seed is present.
import requests

def detect_ai_text(api_key, text, highlight=False):
    url = "https://your-domain.com/api/public-api/ai-text-detection/"
    headers = {"X-API-Key": api_key}
    data = {"text": text, "highlight": highlight}

    response = requests.post(url, headers=headers, json=data)
    return response.json()

def detect_deepfake(api_key, file_path):
    url = "https://your-domain.com/api/public-api/deepfake-detection/"
    headers = {"X-API-Key": api_key}

    with open(file_path, "rb") as f:
        files = {"file": f}
        response = requests.post(url, headers=headers, files=files)

    return response.json()

def detect_ai_media(api_key, file_path):
    url = "https://your-domain.com/api/public-api/ai-media-detection/"
    headers = {"X-API-Key": api_key}

    with open(file_path, "rb") as f:
        files = {"file": f}
        response = requests.post(url, headers=headers, files=files)

    return response.json()

# --- driver (not part of the seed) ---
import json
import sys

key, image, video, text = sys.argv[1:5]
print(json.dumps({
    "text": detect_ai_text(key, text, highlight=True),
    "deepfake": detect_deepfake(key, image),
    "video": detect_deepfake(key, video),
    "media": detect_ai_media(key, image),
}))
