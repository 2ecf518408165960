// The Reference Security Incident Taxonomy (ENISA / eCSIRT), class/type as the alerts write it:
// suggestions for every RSIT field of the page.
export const RSIT_TYPES = {
  "abusive-content": ["spam", "harmful-speech", "violence"],
  "malicious-code": ["infected-system", "c2-server", "malware-distribution", "malware-configuration"],
  "information-gathering": ["scanner", "sniffing", "social-engineering"],
  "intrusion-attempts": ["ids-alert", "brute-force", "exploit"],
  intrusions: ["privileged-account-compromise", "unprivileged-account-compromise", "application-compromise", "system-compromise", "burglary"],
  availability: ["dos", "ddos", "misconfiguration", "sabotage", "outage"],
  "information-content-security": ["unauthorised-information-access", "unauthorised-information-modification", "data-loss", "data-leak"],
  fraud: ["unauthorised-use-of-resources", "copyright", "masquerade", "phishing"],
  vulnerable: ["weak-crypto", "ddos-amplifier", "potentially-unwanted-accessible", "information-disclosure", "vulnerable-system"],
  other: ["other", "undetermined"],
  test: ["test"],
};

export function fillRsitList(datalist) {
  for (const [rsitClass, types] of Object.entries(RSIT_TYPES)) for (const type of types) datalist.append(new Option(`${rsitClass}/${type}`, `${rsitClass}/${type}`));
}
