// The contact form's day: people (and a few spammers) fill it in, then sales works the leads.
import { changeLeadStatus, submitForm } from '../../sdk/dist/index.js';
import {
  COMPANIES,
  FIRST_NAMES,
  JOB_TITLES,
  LAST_NAMES,
  MESSAGES,
  UTM_SOURCES,
} from './demo-data.mjs';
import { inParallel, unexpected } from './requests.mjs';

/**
 * The day's form submissions, then sales' work on them. Sales starts once the day's forms are
 * in: a person sending the form again while a status moves is a real race, and the API answers
 * it with a 409 for the caller to retry, but it is not the story the demo tells.
 */
export async function dayOfLeads(run) {
  const submissions = Array.from({ length: run.leadsPerDay }, () => lead(run));
  const captured = [];
  await inParallel([...submissions.entries()], async ([index, { body, ip }]) => {
    const { data, response, error } = await submitForm({
      client: run.client,
      body,
      headers: { 'x-forwarded-for': ip },
    });
    run.totals['form submissions'] += 1;
    // Content spam is refused with a 422, as it should be; anything else is a demo bug.
    if (!data && response?.status !== 422) throw unexpected('a form submission', response, error);
    // Kept in the order they were made, so sales' choices do not depend on answer order.
    if (data && !body.website) captured[index] = data;
  });
  await inParallel(captured.filter(Boolean), (submission) => followUp(run, submission));
}

/** A person filling the contact form, some arriving from a tracked click, a few spammers. */
function lead(run) {
  const visit = run.recentClicks.length > 0 && run.random.chance(0.4);
  const origin = visit ? run.random.pick(run.recentClicks) : null;
  const again = run.emails.length > 0 && run.random.chance(0.06);
  const first = run.random.pick(FIRST_NAMES);
  const last = run.random.pick(LAST_NAMES);
  const [company, domain] = run.random.pick(COMPANIES);
  const email = again
    ? run.random.pick(run.emails)
    : `${first}.${last}.${run.emails.length}@${domain}`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[^\w.@-]/g, '');
  if (!again) run.emails.push(email);
  const body = {
    email,
    first_name: first,
    last_name: last,
    ...(company ? { company } : {}),
    ...optional('job_title', run.random.pick(JOB_TITLES)),
    ...optional('message', run.random.pick(MESSAGES)),
    ...optional(
      'phone',
      run.random.chance(0.5) ? '+1 415 555 0' + (100 + run.emails.length) : null,
    ),
    ...optional('utm_source', run.random.weighted(UTM_SOURCES)),
    ...(origin ? { click_id: origin.clickId, utm_campaign: 'affiliate' } : {}),
  };
  if (run.random.chance(0.03)) body.website = 'http://cheap-pills.example'; // a bot's honeypot
  if (run.random.chance(0.02)) {
    body.message = 'Buy now http://a.example http://b.example http://c.example';
  }
  return { body, ip: origin?.visitor.ip ?? run.newVisitor().ip };
}

/** Sales works the better leads: some are contacted, qualified, won (with a deal) or lost. */
async function followUp(run, submission) {
  if (submission.duplicate || submission.score < 50 || !run.random.chance(0.6)) return;
  const path = { id: submission.leadId };
  const steps = run.random.chance(0.15)
    ? [{ status: 'lost' }]
    : [{ status: 'contacted' }, ...(run.random.chance(0.6) ? [{ status: 'qualified' }] : [])];
  if (steps.at(-1).status === 'qualified' && run.random.chance(0.5)) {
    steps.push({
      status: 'converted',
      dealValue: 500 + Math.round(run.random.next() * 4500),
      currency: 'USD',
    });
  }
  for (const body of steps) {
    await changeLeadStatus({ client: run.client, path, body, throwOnError: true });
  }
  run.totals['leads moved along the funnel'] += 1;
}

const optional = (name, value) => (value === null || value === undefined ? {} : { [name]: value });
