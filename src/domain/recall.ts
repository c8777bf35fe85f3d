/**
 * Open recalls and field actions (召回, 市场处置) for a vehicle, matched by VIN.
 */

export interface RecallCampaign {
  code: string;
  title: string;
  /** Service item that carries out the campaign's work. */
  serviceCode: string;
  vins: ReadonlySet<string>;
  completedVins: ReadonlySet<string>;
  active: boolean;
}

/**
 * Return the active campaigns that list this VIN and are not completed for it. Case-insensitive VIN match.
 */
export function openRecallsFor(vin: string | null, campaigns: readonly RecallCampaign[]): RecallCampaign[] {
  if (vin === null) return [];
  const normalized = normalizeVin(vin);
  if (normalized === "") return [];

  return campaigns.filter(
    (campaign) =>
      campaign.active &&
      containsVin(campaign.vins, normalized) &&
      !containsVin(campaign.completedVins, normalized),
  );
}

/** Trim and upper-case a VIN; surrounding spaces from chat input do not change which vehicle it names. */
function normalizeVin(vin: string): string {
  return vin.trim().toUpperCase();
}

function containsVin(vins: ReadonlySet<string>, normalized: string): boolean {
  if (vins.has(normalized)) return true;
  for (const listed of vins) {
    if (normalizeVin(listed) === normalized) return true;
  }
  return false;
}
