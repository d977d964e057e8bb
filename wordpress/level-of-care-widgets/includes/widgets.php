<?php
/**
 * What the plugin knows about each widget: read from assets/widgets.json, which `npm run build` writes from
 * the JSON Schemas (schemas/*.v1.json) and custom-elements.json, so nothing here repeats a setting by hand.
 *
 * @package LevelOfCareWidgets
 */

defined( 'ABSPATH' ) || exit;

/** The three tags, with their shortcode and block names. */
const LOCW_TAGS = array(
	'loc-screener'      => array(
		'shortcode' => 'loc_screener',
		'block'     => 'level-of-care-widgets/loc-screener',
	),
	'iop-compare'       => array(
		'shortcode' => 'iop_compare',
		'block'     => 'level-of-care-widgets/iop-compare',
	),
	'program-checklist' => array(
		'shortcode' => 'program_checklist',
		'block'     => 'level-of-care-widgets/program-checklist',
	),
);

/**
 * Every widget's schema, attributes and color properties (assets/widgets.json), or an empty list when the
 * plugin was copied without its build.
 *
 * @return array<string, array>
 */
function locw_widgets() {
	static $widgets = null;
	if ( null === $widgets ) {
		$file    = LOCW_DIR . '/assets/widgets.json';
		$data    = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents
		$widgets = is_array( $data ) ? $data : array();
	}
	return $widgets;
}

/**
 * One widget's data, or null for an unknown tag.
 *
 * @param string $tag The element name.
 * @return array|null
 */
function locw_widget( $tag ) {
	$all = locw_widgets();
	return isset( $all[ $tag ] ) ? $all[ $tag ] : null;
}

/**
 * The element attribute names a widget documents (custom-elements.json), keyed by name.
 *
 * @param string $tag The element name.
 * @return array<string, array> name => { type: 'string'|'boolean', enum?: string[] }
 */
function locw_element_attributes( $tag ) {
	$w   = locw_widget( $tag );
	$out = array();
	if ( $w && isset( $w['attributes'] ) ) {
		foreach ( $w['attributes'] as $attr ) {
			$out[ $attr['name'] ] = $attr;
		}
	}
	return $out;
}
