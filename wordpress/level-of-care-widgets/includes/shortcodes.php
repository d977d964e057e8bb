<?php
/**
 * [loc_screener …], [iop_compare …], [program_checklist …] for the classic editor and page builders.
 *
 * Attribute names are the element's (center-name, levels-offered, cta-iop-href, lang…; "_" works for "-"),
 * plus the settings that have no element attribute, named by their path in the schema (cells-iop-schedule,
 * hide="privacy cost", meets="licensed" or meets-licensed="a note"), plus colors without the "--loc-" (accent, accent-text, danger, surface, border).
 *
 * @package LevelOfCareWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Resolve a schema node's "$ref" to its definition.
 *
 * @param array $schema The whole schema.
 * @param array $node   A node in it.
 * @return array
 */
function locw_schema_deref( array $schema, array $node ) {
	if ( isset( $node['$ref'] ) && preg_match( '~^#/\$defs/(.+)$~', $node['$ref'], $m ) && isset( $schema['$defs'][ $m[1] ] ) ) {
		return $schema['$defs'][ $m[1] ];
	}
	return $node;
}

/**
 * The settings without an element attribute as flat shortcode names: name => [path, 'text'|'list'].
 * Lists of objects (the checklist's added items) have no flat name: use the block for those.
 *
 * @param array  $schema The whole schema.
 * @param array  $node   The node to walk.
 * @param array  $path   Its path.
 * @param array  $out    Collected names.
 * @return array
 */
function locw_flat_settings( array $schema, array $node, array $path = array(), array $out = array() ) {
	$node  = locw_schema_deref( $schema, $node );
	$types = isset( $node['type'] ) ? (array) $node['type'] : array();
	if ( isset( $node['properties'] ) ) {
		foreach ( $node['properties'] as $key => $child ) {
			if ( ! $path && ( isset( $child['x-attribute'] ) || in_array( $key, array( 'version', '$schema' ), true ) ) ) {
				continue;
			}
			$out = locw_flat_settings( $schema, $child, array_merge( $path, array( $key ) ), $out );
		}
	} elseif ( isset( $node['propertyNames']['enum'] ) && isset( $node['additionalProperties'] ) && is_array( $node['additionalProperties'] ) ) {
		foreach ( $node['propertyNames']['enum'] as $key ) {
			$out = locw_flat_settings( $schema, $node['additionalProperties'], array_merge( $path, array( $key ) ), $out );
		}
	} elseif ( in_array( 'array', $types, true ) || isset( $node['propertyNames'] ) ) {
		if ( isset( $node['propertyNames'] ) && isset( $node['additionalProperties'] ) && is_array( $node['additionalProperties'] ) ) {
			// Keys chosen by the site (the checklist's item ids): "meets-licensed" sets meets.licensed.
			$out[ implode( '-', $path ) . '-*' ] = array( $path, 'keyed' );
		}
		$items = isset( $node['items'] ) ? locw_schema_deref( $schema, $node['items'] ) : array();
		if ( in_array( 'array', $types, true ) && ( isset( $items['enum'] ) || ( isset( $items['type'] ) && 'string' === $items['type'] ) ) ) {
			$out[ implode( '-', $path ) ] = array( $path, 'list' );
		}
	} elseif ( $path && ( in_array( 'string', $types, true ) || isset( $node['enum'] ) ) ) {
		$out[ implode( '-', $path ) ] = array( $path, 'text' );
	}
	return $out;
}

/**
 * Render a shortcode.
 *
 * @param string       $tag  The element name.
 * @param array|string $atts The shortcode's attributes.
 * @return string
 */
function locw_shortcode( $tag, $atts ) {
	$widget = locw_widget( $tag );
	if ( ! $widget ) {
		return '';
	}
	$known    = locw_element_attributes( $tag );
	$flat     = locw_flat_settings( $widget['schema'], $widget['schema'] );
	$colors   = isset( $widget['colors'] ) ? array_column( $widget['colors'], 'name' ) : array();
	$attrs    = array();
	$settings = array();
	$css      = array();
	$unknown  = array();
	foreach ( (array) $atts as $name => $value ) {
		if ( is_int( $name ) ) {
			// A bare word, like [loc_screener include-answers]: a boolean attribute.
			$name  = (string) $value;
			$value = true;
		}
		$name = str_replace( '_', '-', strtolower( trim( $name ) ) );
		$keyed = null;
		foreach ( $flat as $flat_name => $entry ) {
			if ( 'keyed' === $entry[1] && 0 === strpos( $name, substr( $flat_name, 0, -1 ) ) && strlen( $name ) > strlen( $flat_name ) - 1 ) {
				$keyed = array( array_merge( $entry[0], array( substr( $name, strlen( $flat_name ) - 1 ) ) ), 'text' );
			}
		}
		if ( isset( $known[ $name ] ) ) {
			$attrs[ $name ] = $value;
		} elseif ( isset( $flat[ $name ] ) || $keyed ) {
			list( $path, $kind ) = isset( $flat[ $name ] ) ? $flat[ $name ] : $keyed;
			$v                   = 'list' === $kind ? preg_split( '/[\s,]+/', (string) $value, -1, PREG_SPLIT_NO_EMPTY ) : (string) $value;
			$ref                 = &$settings;
			foreach ( $path as $key ) {
				if ( is_array( $ref ) && $ref && array_keys( $ref ) === range( 0, count( $ref ) - 1 ) ) {
					// meets="licensed" then meets_staff="…": the list becomes keys (true: met, no note).
					$ref = array_fill_keys( array_map( 'strval', $ref ), true );
				}
				if ( ! isset( $ref[ $key ] ) || ! is_array( $ref[ $key ] ) ) {
					$ref[ $key ] = array();
				}
				$ref = &$ref[ $key ];
			}
			$ref = $v;
			unset( $ref );
		} elseif ( in_array( '--loc-' . $name, $colors, true ) ) {
			$css[ '--loc-' . $name ] = (string) $value;
		} else {
			$unknown[] = sanitize_key( $name );
		}
	}
	$html = locw_render_element( $tag, $settings, $attrs, $css );
	if ( $unknown ) {
		// Visitors see nothing; an editor viewing the source learns which names were not understood.
		$html = '<!-- level-of-care-widgets: [' . esc_html( LOCW_TAGS[ $tag ]['shortcode'] ) . '] ignored unknown attribute(s): ' . esc_html( implode( ', ', $unknown ) ) . ' -->' . $html;
	}
	return $html;
}

/** Register the three shortcodes. */
function locw_register_shortcodes() {
	foreach ( LOCW_TAGS as $tag => $names ) {
		add_shortcode(
			$names['shortcode'],
			static function ( $atts ) use ( $tag ) {
				return locw_shortcode( $tag, $atts );
			}
		);
	}
}
add_action( 'init', 'locw_register_shortcodes' );
