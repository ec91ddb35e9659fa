// DMI's JavaScript client functions, copied verbatim from its API documentation (reference 003,
// "Client Libraries"), then a driver. tests/e2e/compat_dmi.rs replaces the host
// (https://your-domain.com) with a Veracity server's /compat/dmi and checks the copy against the
// seed when the seed is present.
// Deepfake detection example
async function detectDeepfake(apiKey, file) {
  const formData = new FormData();
  formData.append("file", file);

  const response = await fetch("https://your-domain.com/api/public-api/deepfake-detection/", {
    method: "POST",
    headers: {
      "X-API-Key": apiKey,
    },
    body: formData,
  });

  return await response.json();
}

// AI text detection example
async function detectAIText(apiKey, text, highlight = false) {
  const response = await fetch("https://your-domain.com/api/public-api/ai-text-detection/", {
    method: "POST",
    headers: {
      "X-API-Key": apiKey,
      "Content-Type": "application/json",
    },
    body: JSON.stringify({
      text: text,
      highlight: highlight,
    }),
  });

  return await response.json();
}

// AI media detection example
async function detectAIMedia(apiKey, file) {
  const formData = new FormData();
  formData.append("file", file);

  const response = await fetch("https://your-domain.com/api/public-api/ai-media-detection/", {
    method: "POST",
    headers: {
      "X-API-Key": apiKey,
    },
    body: formData,
  });

  return await response.json();
}

// --- driver (not part of the seed) ---
const fs = require("fs");
(async () => {
  const [key, image, video, text] = process.argv.slice(2);
  const file = (path) => new Blob([fs.readFileSync(path)]);
  const out = {
    text: await detectAIText(key, text, true),
    deepfake: await detectDeepfake(key, file(image)),
    video: await detectDeepfake(key, file(video)),
    media: await detectAIMedia(key, file(image)),
  };
  console.log(JSON.stringify(out));
})();
