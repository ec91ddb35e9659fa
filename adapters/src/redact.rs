//! Making connection strings safe to log.

/// `url` with credentials masked: the password of `user:password@`, a bare token (`token@`),
/// and the values of query parameters that look secret. Comma-separated lists (a NATS cluster)
/// are masked member by member.
pub fn redact_url(url: &str) -> String {
    url.split(',').map(redact_one).collect::<Vec<_>>().join(",")
}

fn redact_one(url: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((base, query)) => (base, Some(query)),
        None => (url, None),
    };
    let base = match (base.find("://"), base.rfind('@')) {
        (Some(scheme_end), Some(at)) if at > scheme_end => {
            let masked = match base[scheme_end + 3..at].split_once(':') {
                Some((user, _)) => format!("{user}:***"),
                None => "***".to_owned(),
            };
            format!("{}://{masked}@{}", &base[..scheme_end], &base[at + 1..])
        }
        _ => base.to_owned(),
    };
    let Some(query) = query else { return base };
    let params: Vec<String> = query
        .split('&')
        .map(|param| match param.split_once('=') {
            Some((key, _)) if looks_secret(key) => format!("{key}=***"),
            _ => param.to_owned(),
        })
        .collect();
    format!("{base}?{}", params.join("&"))
}

fn looks_secret(key: &str) -> bool {
    let key = key.to_ascii_lowercase();
    ["pass", "token", "secret", "key"].iter().any(|word| key.contains(word))
}

#[cfg(test)]
mod tests {
    use super::redact_url;

    #[test]
    fn masks_every_form_of_credential() {
        let cases = [
            ("postgres://app:s3cret@db:5432/v", "postgres://app:***@db:5432/v"),
            ("postgres://db/v?user=app&password=s3cret", "postgres://db/v?user=app&password=***"),
            ("postgres://db/v?sslmode=require&sslpassword=x", "postgres://db/v?sslmode=require&sslpassword=***"),
            ("nats://t0ken@nats:4222", "nats://***@nats:4222"),
            ("nats://u:p@a:4222,nats://u:p@b:4222", "nats://u:***@a:4222,nats://u:***@b:4222"),
            ("nats://127.0.0.1:4222", "nats://127.0.0.1:4222"),
            ("sqlite://./data/v.db?mode=rwc", "sqlite://./data/v.db?mode=rwc"),
        ];
        for (url, want) in cases {
            assert_eq!(redact_url(url), want, "{url}");
        }
    }
}
