/**
 * How the Council's votes turn into outcomes: the Charter's Article 27 as practised (nine affirmative votes,
 * seven before the 1966 enlargement; a permanent member's negative vote vetoes a substantive decision, its
 * abstention or absence does not), plus political thresholds such as "eleven votes".
 */
package org.standpoint.council.rules;
