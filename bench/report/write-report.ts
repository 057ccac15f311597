import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BenchReport } from './bench-report.js';
import type { SideResult } from '../scenarios/measure-operations.js';

/** Writes report.json and report.md (Norwegian) into `directory`. */
export async function writeReport(report: BenchReport, directory: string): Promise<void> {
  await mkdir(directory, { recursive: true });
  await writeFile(path.join(directory, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  await writeFile(path.join(directory, 'report.md'), renderMarkdown(report));
}

const num = (value: number | undefined, digits = 1): string =>
  value === undefined || !Number.isFinite(value) ? '–' : value.toFixed(digits).replace(/\.0+$/, '');
const times = (value: number | undefined): string => (value === undefined ? '–' : `**${num(value)}×**`);
const split = (side: SideResult): string =>
  side.cosmosMs === undefined ? '–' : `${num(side.cosmosMs)} / ${num(side.totalMs - side.cosmosMs)}`;

/** The report as Markdown: ratios first, then the figures behind them. */
export function renderMarkdown(report: BenchReport): string {
  const lines = [
    `# Ytelsesrapport (${report.mode === 'short' ? 'kort kjøring' : 'full kjøring'})`,
    '',
    `Laget ${report.generatedAt} på ${report.machine.cpus} kjerner, Node ${report.machine.node}. Grunnlinjer i samme kjøring: ` +
      'en naken botbuilder-ekkobot (CloudAdapter + restify) for botturer, `GET /api/session-config` for API-ruter.',
    '',
    '## Oppstart til `/healthz` svarer 200',
    '',
    '| hva | ms | forhold til ekkoboten |',
    '| --- | ---: | ---: |',
    `| ekkobot | ${num(report.startup.echoBotMs, 0)} | 1× |`,
    `| Introteam, tom | ${num(report.startup.serverEmptyMs, 0)} | ${times(report.startup.serverEmptyMs / report.startup.echoBotMs)} |`,
    ...report.sizes.map(
      (size) =>
        `| Introteam, ${size.settlements} bosettinger | ${num(size.serverStartupMs, 0)} | ${times(size.serverStartupMs / report.startup.echoBotMs)} |`,
    ),
    '',
    '## Minne (RSS, MB)',
    '',
    'Introteam-serveren alene, som ekkoboten; den innebygde Cosmos DB-serveren er en egen prosess lokalt og står i egen kolonne. ' +
      'Siste kolonne er målt etter en tvungen full søppeltømming til slutt: det prosessen faktisk holder på.',
    '',
    '| bosettinger | Introteam i ro / under last / etter | ekkobot i ro / etter | forhold i ro / etter | innebygd Cosmos DB i ro / etter | etter full GC: heap i bruk / RSS, Introteam mot ekkobot |',
    '| ---: | --- | --- | --- | --- | --- |',
    ...report.sizes.map(
      ({ settlements, rssMb: rss, memoryAfterGc: { server, echo } }) =>
        `| ${settlements} | ${num(rss.serverIdle, 0)} / ${num(rss.serverPeak, 0)} / ${num(rss.serverAfter, 0)} | ${num(rss.echoIdle, 0)} / ${num(rss.echoAfter, 0)} ` +
        `| ${times(rss.serverIdle / rss.echoIdle)} / ${times(rss.serverAfter / rss.echoAfter)} | ${num(rss.embeddedIdle ?? undefined, 0)} / ${num(rss.embeddedAfter ?? undefined, 0)} ` +
        `| ${num(server.heapUsedMb, 0)} / ${num(server.rssMb, 0)} mot ${num(echo.heapUsedMb, 0)} / ${num(echo.rssMb, 0)} |`,
    ),
    '',
  ];
  for (const size of report.sizes) {
    lines.push(
      `## ${size.settlements} lagrede bosettinger`,
      '',
      `Hendelsesløkkens forsinkelse i ro: p50 ${num(size.eventLoopIdle.p50)} ms, p99 ${num(size.eventLoopIdle.p99)} ms, maks ${num(size.eventLoopIdle.max)} ms. ` +
        `RSS: Introteam ${num(size.rssMb.serverIdle, 0)} MB i ro, ${num(size.rssMb.serverPeak, 0)} MB under last, ${num(size.rssMb.serverAfter, 0)} MB etter ` +
        `(ekkobot ${num(size.rssMb.echoIdle, 0)} / ${num(size.rssMb.echoAfter, 0)} MB; forhold ${times(size.rssMb.serverIdle / size.rssMb.echoIdle)} / ${times(size.rssMb.serverAfter / size.rssMb.echoAfter)}). ` +
        `Innsåing: ${num(size.seedMs / 1000)} s.`,
      '',
      '| operasjon | p50 / p99 mot grunnlinjen | p50 / p95 / p99 ms | grunnlinje p50 / p95 / p99 ms | req/s ved 1 / 20 klienter | grunnlinje req/s 1 / 20 | Cosmos-rundturer | RU | ms i Cosmos / i Introteam | feil |',
      '| --- | --- | --- | --- | --- | --- | ---: | ---: | --- | ---: |',
      ...size.operations.map((op) => {
        const s = op.subject;
        const b = op.baseline;
        return (
          `| ${op.name} (mot ${b.name}) | ${times(op.ratio.p50)} / ${times(op.ratio.p99)} | ${num(s.latency.p50)} / ${num(s.latency.p95)} / ${num(s.latency.p99)} ` +
          `| ${num(b.latency.p50)} / ${num(b.latency.p95)} / ${num(b.latency.p99)} | ${num(s.rpsAt1)} / ${num(s.rpsAt20)} | ${num(b.rpsAt1)} / ${num(b.rpsAt20)} ` +
          `| ${num(s.cosmosRoundTrips)} | ${num(s.cosmosRequestCharge, 2)} | ${split(s)} | ${s.errors} |`
        );
      }),
      '',
    );
  }
  if (report.fanOut.length > 0) {
    lines.push(
      '## Kunngjøring til mange enhetskanaler',
      '',
      '| kanaler | første til siste kort, ms | minste grensene tillater, ms | forhold | fra registrering til første / siste kort, ms | tapt | duplisert | 429-svar | brudd på grensene |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      ...report.fanOut.map(
        (f) =>
          `| ${f.channels} | ${num(f.firstToLastMs, 0)} | ${num(f.minimumMs, 0)} | ${times(f.ratio)} | ${num(f.requestToFirstMs, 0)} / ${num(f.requestToLastMs, 0)} | ${f.lost} | ${f.duplicated} | ${f.rejected429} | ${f.limitViolations} |`,
      ),
      '',
    );
  }
  lines.push(
    '## Slik leses rapporten',
    '',
    '- «mot grunnlinjen» er forholdet mellom operasjonens og grunnlinjens p50 og p99 i samme kjøring; runder med grunnlinje og operasjon veksler, så støy på maskinen rammer begge.',
    '- Før rundene får begge sider noen umålte forespørsler per operasjon (oppvarming: kompilert kode, åpne tilkoblinger, forberedte kortmaler); kaldstarten måles for seg, under oppstart.',
    '- Prosentilene er fra én klient om gangen; req/s ved 20 klienter er antall svar delt på veggklokketid for 20 samtidige klienter.',
    '- Cosmos-rundturer, RU og «ms i Cosmos / i Introteam» leses fra svarhodene `X-Introteam-Cosmos-Round-Trips`, `X-Introteam-Cosmos-Request-Charge` og `Server-Timing: cosmos;dur=…`; «–» betyr at serveren ikke sender dem.',
    "- Minste tid for kunngjøringen regnes fra Teams' grenser (ca. 30 per sekund per tenant; per samtale 7 per sekund, 8 per 2 s, 60 per 30 s).",
    '',
  );
  return `${lines.join('\n')}`;
}
