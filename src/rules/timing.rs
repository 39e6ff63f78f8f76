//! Clocks and time: requests dated too far from the server's clock, presigned requests used after
//! their expiry.
//!
//! ## What it does
//! For `RequestTimeTooSkewed` it computes the skew from the echoed `RequestTime` and `ServerTime`
//! (or, when they are missing, from the request's `x-amz-date` / `X-Amz-Date` and the response's
//! `Date` header) and says which way and by how much the signing clock is off, against the
//! allowed `MaxAllowedSkewMilliseconds` (15 min by default), with the way to fix the clock on each
//! platform. For "Request has expired" it says how long before the server's time the request
//! expired (`Expires` vs `ServerTime`), and, when the client says when it sent the request
//! (`sentAt`), whether its own clock thought the URL was still valid.
//!
//! It also holds the date reader the other rules use: [`parse_time`] reads the three formats S3
//! and browsers use (`20130524T000000Z`, `2013-05-24T00:00:00Z` with optional fraction or offset,
//! `Fri, 24 May 2013 00:00:00 GMT`) into Unix seconds.
//!
//! ## Why
//! S3 refuses a signature dated more than 15 minutes away from its own clock, and the error only
//! shows two timestamps in two different formats; people then check the wrong machine. For a
//! presigned URL or POST policy the date comes from the server that signed it, not from the
//! browser. "Request has expired" with a URL that the browser believes is still valid means the
//! clocks disagree, not that the expiry was too short.
//!
//! ## Example
//! `<RequestTime>20160524T120229Z</RequestTime><ServerTime>2016-05-24T12:18:12Z</ServerTime>` →
//! `time.clock-skew`, evidence "the request is dated 15 min 43 s behind S3's clock (RequestTime
//! 20160524T120229Z, ServerTime 2016-05-24T12:18:12Z); S3 allows 15 min".

use super::{add_fix, assert_cause, lower_cause, rule_out, Evidence};
use crate::diagnosis::{Diagnosis, Fix};
use crate::ids::CauseId;
use crate::providers::aws_s3::S3Error;
use crate::search::SearchExt;

/// The skew S3 allows when the body does not say (`MaxAllowedSkewMilliseconds` 900000).
const DEFAULT_SKEW_MS: u64 = 900_000;

/// Seconds since 1970-01-01T00:00:00Z for a proleptic Gregorian date (days-from-civil).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let m = i64::from(month);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Unix seconds of a validated date and time; `None` when a field is out of range.
fn unix(year: i64, month: u32, day: u32, hour: u32, min: u32, sec: u32) -> Option<i64> {
    if !(1..=12).contains(&month)
        || day == 0
        || day > days_in_month(year, month)
        || hour > 23
        || min > 59
        || sec > 60
    {
        return None;
    }
    let days = days_from_civil(year, month, day);
    Some(days * 86_400 + i64::from(hour) * 3600 + i64::from(min) * 60 + i64::from(sec))
}

/// The number made of exactly `n` ASCII digits at `b[at..at + n]`.
fn digits(b: &[u8], at: usize, n: usize) -> Option<u32> {
    let part = b.get(at..at.checked_add(n)?)?;
    let mut v: u32 = 0;
    for &c in part {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + u32::from(c - b'0');
    }
    Some(v)
}

/// A zone suffix: `Z`, `GMT`, `UTC`, `+HH:MM`, `+HHMM`, `-HH`, or nothing (read as UTC). Returns
/// the offset east of UTC in seconds.
fn zone(rest: &str) -> Option<i64> {
    let z = rest.trim();
    if z.is_empty()
        || z.eq_ignore_ascii_case("z")
        || z.eq_ignore_ascii_case("gmt")
        || z.eq_ignore_ascii_case("utc")
        || z.eq_ignore_ascii_case("ut")
    {
        return Some(0);
    }
    let b = z.as_bytes();
    let sign = match b.first() {
        Some(b'+') => 1,
        Some(b'-') => -1,
        _ => return None,
    };
    let hours = digits(b, 1, 2)?;
    let minutes = match b.len() {
        3 => 0,
        5 => digits(b, 3, 2)?,
        6 if b.get(3) == Some(&b':') => digits(b, 4, 2)?,
        _ => return None,
    };
    if hours > 23 || minutes > 59 {
        return None;
    }
    Some(sign * (i64::from(hours) * 3600 + i64::from(minutes) * 60))
}

/// `20130524T000000Z` (the SigV4 `X-Amz-Date` form).
fn basic_iso(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.get(8) != Some(&b'T') {
        return None;
    }
    let year = digits(b, 0, 4)?;
    let month = digits(b, 4, 2)?;
    let day = digits(b, 6, 2)?;
    let hour = digits(b, 9, 2)?;
    let min = digits(b, 11, 2)?;
    let sec = digits(b, 13, 2)?;
    let offset = zone(s.get(15..)?)?;
    Some(unix(i64::from(year), month, day, hour, min, sec)? - offset)
}

/// `2013-05-24T00:00:00Z`, `2013-05-24T00:00:00.385Z`, `2013-05-24 00:00:00+02:00`.
fn extended_iso(s: &str) -> Option<i64> {
    let b = s.as_bytes();
    if b.get(4) != Some(&b'-') || b.get(7) != Some(&b'-') || b.get(13) != Some(&b':') {
        return None;
    }
    if !matches!(b.get(10), Some(b'T' | b't' | b' ')) || b.get(16) != Some(&b':') {
        return None;
    }
    let year = digits(b, 0, 4)?;
    let month = digits(b, 5, 2)?;
    let day = digits(b, 8, 2)?;
    let hour = digits(b, 11, 2)?;
    let min = digits(b, 14, 2)?;
    let sec = digits(b, 17, 2)?;
    let mut rest = s.get(19..)?;
    if let Some(frac) = rest.strip_prefix('.') {
        let n = frac.bytes().take_while(u8::is_ascii_digit).count();
        if n == 0 {
            return None;
        }
        rest = frac.get(n..)?;
    }
    let offset = zone(rest)?;
    Some(unix(i64::from(year), month, day, hour, min, sec)? - offset)
}

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

/// `Fri, 24 May 2013 00:00:00 GMT` (HTTP dates; the weekday is optional and not checked).
fn http_date(s: &str) -> Option<i64> {
    let s = match s.split_once(',') {
        Some((weekday, rest))
            if weekday.len() <= 9 && weekday.bytes().all(|c| c.is_ascii_alphabetic()) =>
        {
            rest
        }
        Some(_) => return None,
        None => s,
    };
    let mut parts = s.split_ascii_whitespace();
    let day: u32 = parts.next()?.parse().ok()?;
    let month_name = parts.next()?;
    let month = MONTHS.iter().position(|m| {
        month_name.len() >= 3
            && month_name
                .get(..3)
                .is_some_and(|p| p.eq_ignore_ascii_case(m))
    })?;
    let year_text = parts.next()?;
    if year_text.len() != 4 {
        return None;
    }
    let year: i64 = year_text.parse().ok()?;
    let time = parts.next()?.as_bytes();
    if time.len() != 8 || time.get(2) != Some(&b':') || time.get(5) != Some(&b':') {
        return None;
    }
    let hour = digits(time, 0, 2)?;
    let min = digits(time, 3, 2)?;
    let sec = digits(time, 6, 2)?;
    let offset = zone(parts.next().unwrap_or(""))?;
    if parts.next().is_some() {
        return None;
    }
    let month = u32::try_from(month).ok()? + 1;
    Some(unix(year, month, day, hour, min, sec)? - offset)
}

/// Reads a timestamp as S3, SDKs and browsers write it, into Unix seconds (UTC):
/// `20130524T000000Z`, `2013-05-24T00:00:00Z` (optional fraction, `Z`/offset, or a space for
/// `T`), `Fri, 24 May 2013 00:00:00 GMT`. `None` for anything else or an impossible date; never
/// panics.
pub(crate) fn parse_time(s: &str) -> Option<i64> {
    let s = s.trim();
    if s.len() > 64 {
        return None;
    }
    match s.as_bytes().get(4) {
        Some(b'-') => extended_iso(s),
        Some(c) if c.is_ascii_digit() => basic_iso(s),
        _ => http_date(s),
    }
}

/// Unix seconds as `2013-05-24T00:00:00Z` (years 0..=9999; `None` outside).
pub(crate) fn iso(secs: i64) -> Option<String> {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // civil-from-days
    let z = days.checked_add(719_468)?;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    if !(0..=9999).contains(&year) {
        return None;
    }
    Some(format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    ))
}

/// A duration for people: `10 s`, `17 min 3 s`, `2 h 5 min`, `3 days 4 h`, `49 years 87 days`.
pub(crate) fn duration(secs: u64) -> String {
    const MIN: u64 = 60;
    const HOUR: u64 = 3600;
    const DAY: u64 = 86_400;
    const YEAR: u64 = 365 * DAY;
    let unit = |n: u64, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    if secs < MIN {
        format!("{secs} s")
    } else if secs < HOUR {
        if secs % MIN == 0 {
            format!("{} min", secs / MIN)
        } else {
            format!("{} min {} s", secs / MIN, secs % MIN)
        }
    } else if secs < DAY {
        let m = secs % HOUR / MIN;
        if m == 0 {
            format!("{} h", secs / HOUR)
        } else {
            format!("{} h {m} min", secs / HOUR)
        }
    } else if secs < YEAR {
        let h = secs % DAY / HOUR;
        let days = unit(secs / DAY, "day", "days");
        if h == 0 {
            days
        } else {
            format!("{days} {h} h")
        }
    } else {
        let d = secs % YEAR / DAY;
        let years = unit(secs / YEAR, "year", "years");
        if d == 0 {
            years
        } else {
            format!("{years} {}", unit(d, "day", "days"))
        }
    }
}

/// The server's clock: the echoed `ServerTime`, else the response's `Date` header. Returns the
/// time and how to name it in evidence.
pub(crate) fn server_now(ev: &Evidence<'_>) -> Option<(i64, String)> {
    if let Some(t) = ev.parsed.field("ServerTime") {
        if let Some(secs) = parse_time(t) {
            return Some((secs, format!("ServerTime {}", t.trim())));
        }
    }
    let date = ev.response.header("date")?;
    parse_time(date).map(|secs| (secs, format!("the response's Date {}", date.trim())))
}

/// When the client sent the request, by its own clock (`sentAt` of the context).
pub(crate) fn sent_at(ev: &Evidence<'_>) -> Option<(i64, String)> {
    let s = ev.context?.sent_at.as_deref()?;
    parse_time(s).map(|secs| (secs, format!("sentAt {}", s.trim())))
}

/// The clock fix for each platform, for the machine named by `signer`.
fn clock_fix(signer: &str, presigned: bool) -> Fix {
    let mut steps = vec![
        format!("Fix the clock of {signer}: S3 compares the signing time with its own clock and accepts 15 minutes either way."),
        "Windows: Settings → Time & language → Date & time → turn on \"Set time automatically\", then \"Sync now\".".to_string(),
        "macOS: System Settings → General → Date & Time → \"Set time and date automatically\", or `sudo sntp -sS time.apple.com`.".to_string(),
        "Linux: `sudo timedatectl set-ntp true` (check with `timedatectl status`: \"System clock synchronized: yes\"); containers and VMs take the host's clock, so fix it on the host.".to_string(),
    ];
    if presigned {
        steps.push("Presigned URLs and POST policies carry the date of the server that signed them: it is that server's clock that is off, not the browser's.".to_string());
    } else {
        steps.push("Browsers: a user's clock cannot be trusted. Sign on your server, or have the SDK correct itself from S3's `Date` header (aws-sdk-js v3 retries with the corrected offset when CORS exposes `Date`; or pass `systemClockOffset`).".to_string());
    }
    let snippet = if presigned {
        (
            "shell",
            "# on the server that signs (Linux): turn on NTP and check\nsudo timedatectl set-ntp true\ntimedatectl status   # System clock synchronized: yes".to_string(),
        )
    } else {
        (
            "js",
            r#"// Browser signing with the SDK: start from the server's clock, not the user's.
// (The bucket's CORS rule must list "Date" in ExposeHeaders, or ask your own API for the time.)
const res = await fetch(sameOriginApiUrl, { method: "HEAD" });
const offset = Date.parse(res.headers.get("date")) - Date.now();
const s3 = new S3Client({ region, credentials, systemClockOffset: offset });"#
                .to_string(),
        )
    };
    super::fix_text(
        "Sync the clock that signs the request",
        steps,
        Some(snippet),
    )
}

pub(super) fn apply(d: &mut Diagnosis, ev: &Evidence<'_>) {
    // S3's reading of the fields is built only when a branch uses it: every call runs this.
    let code = ev.parsed.code.as_deref().unwrap_or("");
    let message = ev.parsed.message.as_deref().unwrap_or("");
    let skewed = code == "RequestTimeTooSkewed"
        || message.has_ignore_ascii_case("difference between the request time and the");
    if skewed {
        skew(d, ev, &S3Error::of(ev.parsed));
    }
    if message.has_ignore_ascii_case("request has expired") {
        expired(d, ev, &S3Error::of(ev.parsed));
    }
}

/// The request's own date from the context: the `x-amz-date` header or the URL's `X-Amz-Date`,
/// and whether it is a presigned URL's.
fn request_date(ev: &Evidence<'_>) -> Option<(String, bool)> {
    let ctx = ev.context?;
    if let Some(d) = ctx.header("x-amz-date") {
        return Some((d.trim().to_string(), false));
    }
    super::post::query_param(ctx, "X-Amz-Date").map(|d| (d, true))
}

#[inline(never)] // out of line: see `rules::apply`
fn skew(d: &mut Diagnosis, ev: &Evidence<'_>, s3: &S3Error) {
    let allowed_ms = s3.max_allowed_skew_ms.unwrap_or(DEFAULT_SKEW_MS);
    let allowed = duration(allowed_ms / 1000);
    let from_context = request_date(ev);
    let presigned = from_context.as_ref().is_some_and(|(_, p)| *p);
    let echoed = s3
        .request_time
        .as_deref()
        .and_then(|r| Some((r, parse_time(r)?)))
        .zip(
            s3.server_time
                .as_deref()
                .and_then(|t| Some((t, parse_time(t)?))),
        );
    let (request_secs, server_secs, shown) = match echoed {
        Some(((rt, r), (st, s))) => (
            r,
            s,
            format!("RequestTime {}, ServerTime {}", rt.trim(), st.trim()),
        ),
        None => {
            // No echoed times: the request's own date against the response's Date header.
            let Some((date, _)) = &from_context else {
                assert_cause(
                    d,
                    CauseId::TimeClockSkew,
                    0.95,
                    format!("the provider says the request time is too far from its clock; it allows {allowed}"),
                );
                add_fix(
                    d,
                    CauseId::TimeClockSkew,
                    0.95,
                    clock_fix("the machine that signs", false),
                );
                return;
            };
            let Some((r, (s, server_shown))) = parse_time(date).zip(server_now(ev)) else {
                return;
            };
            (
                r,
                s,
                format!("the request's X-Amz-Date {date}, {server_shown}"),
            )
        }
    };
    let diff = request_secs.saturating_sub(server_secs);
    let way = if diff < 0 { "behind" } else { "ahead of" };
    let amount = duration(diff.unsigned_abs());
    let signer = if presigned {
        "the server that generated the presigned URL"
    } else {
        match ev.context.and_then(|c| c.sdk.as_deref()) {
            Some(sdk) if sdk.has("js") => {
                "the machine running the SDK (the user's browser or your server)"
            }
            _ => "the machine that signs",
        }
    };
    if diff.unsigned_abs().saturating_mul(1000) <= allowed_ms {
        // Within the allowed skew when it was signed: it reached S3 late, not a wrong clock.
        assert_cause(
            d,
            CauseId::TimeClockSkew,
            0.7,
            format!("the request is dated {amount} {way} S3's clock ({shown}), within the {allowed} S3 allows: the request took that long to reach S3 (a slow upload or a retry reusing an old signature)"),
        );
        return;
    }
    assert_cause(
        d,
        CauseId::TimeClockSkew,
        0.97,
        format!("the request is dated {amount} {way} S3's clock ({shown}); S3 allows {allowed}"),
    );
    // The client's own clock, when it says when it sent the request.
    if let Some((sent, sent_shown)) = sent_at(ev) {
        let sent_off = sent.saturating_sub(server_secs).unsigned_abs();
        let signed_before = request_secs.saturating_sub(sent).unsigned_abs();
        if sent_off.saturating_mul(1000) <= allowed_ms
            && signed_before.saturating_mul(1000) > allowed_ms
        {
            let gap = duration(signed_before);
            assert_cause(
                d,
                CauseId::TimeClockSkew,
                0.97,
                format!("the client's clock agrees with S3 ({sent_shown}), but the signature's date is {gap} away from it: the request was signed long before it was sent (a retry or a queued part reusing an old signature) or by another machine"),
            );
            add_fix(
                d,
                CauseId::TimeClockSkew,
                0.97,
                super::fix_text(
                    "Sign each attempt right before sending it",
                    vec![
                        format!("This request carried a signature dated {gap} before it was sent; S3 accepts {allowed}."),
                        "Sign every attempt and every part when it is sent, not when the upload is queued; a retry must be signed again (most SDKs do this; hand-rolled signing and some HTTP retry layers do not).".to_string(),
                        "Presigned part URLs for a long multipart upload: request them in batches as the upload proceeds, not all at the start.".to_string(),
                    ],
                    None,
                ),
            );
            return;
        }
    }
    add_fix(
        d,
        CauseId::TimeClockSkew,
        0.97,
        clock_fix(signer, presigned),
    );
}

#[inline(never)] // out of line: see `rules::apply`
fn expired(d: &mut Diagnosis, ev: &Evidence<'_>, s3: &S3Error) {
    rule_out(
        d,
        CauseId::PermissionDenied,
        "S3 says the request has expired: it refused the signature's age before looking at permissions",
    );
    let Some((exp_text, exp)) = s3
        .expires
        .as_deref()
        .and_then(|e| Some((e.trim(), parse_time(e)?)))
    else {
        return;
    };
    let valid_for = s3
        .x_amz_expires
        .as_deref()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(|v| format!(" (the URL was valid for {} after signing)", duration(v)))
        .unwrap_or_default();
    // presign.rs reads the URL's own X-Amz-Date/X-Amz-Expires and says it in those terms.
    let url_says = request_date(ev).is_some_and(|(_, presigned)| presigned);
    if let Some((now, now_shown)) = server_now(ev).filter(|_| !url_says) {
        if now >= exp {
            assert_cause(
                d,
                CauseId::PresignExpired,
                0.95,
                format!(
                    "it expired {} before S3's time: Expires {exp_text}, {now_shown}{valid_for}",
                    duration(now.saturating_sub(exp).unsigned_abs())
                ),
            );
        }
    }
    // The client's clock: did it think the URL was still valid?
    if let Some((sent, sent_shown)) = sent_at(ev) {
        if sent < exp {
            let left = duration(exp.saturating_sub(sent).unsigned_abs());
            assert_cause(
                d,
                CauseId::TimeClockSkew,
                0.55,
                format!("by the client's clock the URL still had {left} left ({sent_shown}, Expires {exp_text}), but S3 says it has expired: the clocks of the client, of the server that signed the URL or of S3 disagree"),
            );
            lower_cause(d, CauseId::PresignExpired, 0.8, "");
            add_fix(
                d,
                CauseId::TimeClockSkew,
                0.55,
                clock_fix(
                    "the server that generated the presigned URL and of the client",
                    true,
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_iso_dates() {
        assert_eq!(parse_time("19700101T000000Z"), Some(0));
        assert_eq!(parse_time("20130524T000000Z"), Some(1_369_353_600));
        assert_eq!(parse_time("20160524T120229Z"), Some(1_464_091_349));
        assert_eq!(parse_time("20130524T000000"), Some(1_369_353_600));
    }

    #[test]
    fn extended_iso_dates() {
        assert_eq!(parse_time("2013-05-24T00:00:00Z"), Some(1_369_353_600));
        assert_eq!(
            parse_time("2020-12-25T08:13:31.385Z"),
            parse_time("2020-12-25T08:13:31Z")
        );
        assert_eq!(parse_time("1970-01-01T12:52:35.000Z"), Some(46_355));
        assert_eq!(
            parse_time("2011-09-13T07:52:58+02:00"),
            parse_time("2011-09-13T05:52:58Z")
        );
        assert_eq!(
            parse_time("2011-09-13T07:52:58-0130"),
            parse_time("2011-09-13T09:22:58Z")
        );
        assert_eq!(parse_time("2013-05-24 00:00:00"), Some(1_369_353_600));
        assert_eq!(parse_time("  2013-05-24T00:00:00Z\n"), Some(1_369_353_600));
    }

    #[test]
    fn http_dates() {
        assert_eq!(
            parse_time("Fri, 24 May 2013 00:00:00 GMT"),
            Some(1_369_353_600)
        );
        assert_eq!(parse_time("24 May 2013 00:00:00 GMT"), Some(1_369_353_600));
        assert_eq!(
            parse_time("Mon, 23 Mar 2015 16:09:44 GMT"),
            parse_time("2015-03-23T16:09:44Z")
        );
        assert_eq!(
            parse_time("Thu, 04 Jun 2015 19:25:59 -0400"),
            parse_time("2015-06-04T23:25:59Z")
        );
        assert_eq!(parse_time("Thursday, 1 January 1970 00:00:01 UTC"), Some(1));
    }

    #[test]
    fn leap_years() {
        assert!(parse_time("2024-02-29T00:00:00Z").is_some());
        assert!(parse_time("2000-02-29T00:00:00Z").is_some());
        assert_eq!(parse_time("2023-02-29T00:00:00Z"), None);
        assert_eq!(parse_time("1900-02-29T00:00:00Z"), None);
        assert_eq!(parse_time("21000229T000000Z"), None);
        assert_eq!(
            parse_time("2024-03-01T00:00:00Z")
                .zip(parse_time("2024-02-28T00:00:00Z"))
                .map(|(a, b)| a - b),
            Some(2 * 86_400)
        );
    }

    #[test]
    fn invalid_input_is_none() {
        for s in [
            "",
            "Z",
            "2013",
            "2013-13-01T00:00:00Z",
            "2013-00-01T00:00:00Z",
            "2013-04-31T00:00:00Z",
            "2013-05-24T24:00:00Z",
            "2013-05-24T23:60:00Z",
            "2013-05-24T00:00:61Z",
            "2013-05-24T00:00:00.Z",
            "2013-05-24T00:00:00Zjunk",
            "2013-05-24T00:00:00+25:00",
            "2013-05-24",
            "20150323T00000Z",
            "2O13O524T000000Z",
            "Fri, 32 May 2013 00:00:00 GMT",
            "Fri, 24 Foo 2013 00:00:00 GMT",
            "Fri, 24 May 13 00:00:00 GMT",
            "Fri, 24 May 2013 0:00:00 GMT",
            "Fri, 24 May 2013 00:00:00 GMT extra",
            "not a date, at all",
            "１２３４-05-24T00:00:00Z",
            "2013-05-24T00:00:00\u{e9}",
        ] {
            assert_eq!(parse_time(s), None, "{s:?}");
        }
        assert_eq!(parse_time(&"9".repeat(10_000)), None);
    }

    #[test]
    fn never_panics_on_prefixes() {
        let samples = [
            "Fri, 24 May 2013 00:00:00 GMT",
            "2013-05-24T00:00:00.123+02:00",
            "20130524T000000Z",
            "é2013-05-24T00:00:00Z",
        ];
        for s in samples {
            for (i, _) in s.char_indices() {
                let _ = parse_time(&s[..i]);
                let _ = parse_time(&s[i..]);
            }
        }
    }

    #[test]
    fn iso_round_trips() {
        for s in [
            "1970-01-01T00:00:00Z",
            "2024-02-29T23:59:59Z",
            "2011-09-13T05:52:58Z",
            "0001-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
        ] {
            assert_eq!(parse_time(s).and_then(iso).as_deref(), Some(s));
        }
        assert_eq!(iso(i64::MAX), None);
        assert_eq!(iso(i64::MIN), None);
        assert_eq!(iso(-1).as_deref(), Some("1969-12-31T23:59:59Z"));
    }

    #[test]
    fn durations() {
        assert_eq!(duration(0), "0 s");
        assert_eq!(duration(10), "10 s");
        assert_eq!(duration(60), "1 min");
        assert_eq!(duration(1023), "17 min 3 s");
        assert_eq!(duration(3583), "59 min 43 s");
        assert_eq!(duration(7200), "2 h");
        assert_eq!(duration(7500), "2 h 5 min");
        assert_eq!(duration(86_400), "1 day");
        assert_eq!(duration(2 * 86_400 + 2), "2 days");
        assert_eq!(duration(3 * 86_400 + 4 * 3600), "3 days 4 h");
        assert_eq!(duration(365 * 86_400), "1 year");
        assert_eq!(duration(u64::MAX), "584942417355 years 26 days");
    }
}
