<?php
/**
 * One function writes every widget, for blocks and shortcodes alike: settings that have an attribute
 * (the schema's "x-attribute") become plain escaped attributes; the few that have none (the comparison's
 * own table text, the checklist's items) go into a child JSON script written with wp_json_encode() and
 * every HTML-significant character hex-escaped, so it can never close the script or open a tag.
 *
 * @package LevelOfCareWidgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * Drop empty values (null, '', empty lists and objects) so a cleared field means "not set".
 *
 * @param mixed $value A settings value.
 * @return mixed The value without empty parts, or null when nothing is left.
 */
function locw_prune( $value ) {
	if ( is_array( $value ) ) {
		$out = array();
		foreach ( $value as $k => $v ) {
			$v = locw_prune( $v );
			if ( null !== $v ) {
				$out[ $k ] = $v;
			}
		}
		if ( ! $out ) {
			return null;
		}
		// A list stays a list after pruning (JSON array, not object).
		return array_keys( $value ) === range( 0, count( $value ) - 1 ) ? array_values( $out ) : $out;
	}
	if ( is_string( $value ) ) {
		// Content saved by an Author passes through kses, which writes & as &amp;: show what they typed.
		$value = trim( html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) );
		return '' === $value ? null : $value;
	}
	return $value;
}

/**
 * A settings value as attribute text: lists become ids separated by spaces.
 *
 * @param mixed $value A settings value.
 * @return string|null
 */
function locw_attribute_text( $value ) {
	if ( is_array( $value ) ) {
		$items = array_filter( array_map( 'strval', array_filter( $value, 'is_scalar' ) ), 'strlen' );
		return $items ? implode( ' ', $items ) : null;
	}
	if ( is_bool( $value ) ) {
		return $value ? '' : null;
	}
	return is_scalar( $value ) ? (string) $value : null;
}

/**
 * Split settings into element attributes (by the schema's x-attribute) and the rest.
 *
 * @param array $schema   The widget's JSON Schema.
 * @param array $settings Settings shaped like the schema.
 * @return array{0: array<string, string>, 1: array<string, mixed>} [attributes, rest]
 */
function locw_settings_to_attributes( array $schema, array $settings ) {
	$attrs = array();
	$rest  = array();
	$props = isset( $schema['properties'] ) ? $schema['properties'] : array();
	foreach ( $settings as $name => $value ) {
		if ( ! is_string( $name ) || 'version' === $name || '$schema' === $name ) {
			continue;
		}
		$pattern = isset( $props[ $name ]['x-attribute'] ) ? (string) $props[ $name ]['x-attribute'] : '';
		if ( '' === $pattern ) {
			$rest[ $name ] = $value;
			continue;
		}
		if ( false !== strpos( $pattern, '{level}' ) ) {
			foreach ( (array) $value as $level => $cta ) {
				foreach ( (array) $cta as $key => $v ) {
					$attrs[ str_replace( array( '{level}', '{key}' ), array( (string) $level, (string) $key ), $pattern ) ] = locw_attribute_text( $v );
				}
			}
		} elseif ( false !== strpos( $pattern, '{key}' ) ) {
			foreach ( (array) $value as $key => $v ) {
				$attrs[ str_replace( '{key}', (string) $key, $pattern ) ] = locw_attribute_text( $v );
			}
		} else {
			$attrs[ $pattern ] = locw_attribute_text( $value );
		}
	}
	return array( array_filter( $attrs, 'is_string' ), $rest );
}

/**
 * The HTML of one widget.
 *
 * @param string $tag      loc-screener, iop-compare or program-checklist.
 * @param mixed  $settings Settings shaped like the widget's schema (as the block stores them).
 * @param mixed  $attrs    Element attributes that are not settings (lang, mode, no-link…): name => string|bool.
 * @param mixed  $colors   Color custom properties: '--loc-accent' => '#0b57a4'.
 * @return string
 */
function locw_render_element( $tag, $settings, $attrs = array(), $colors = array() ) {
	$widget = locw_widget( $tag );
	if ( ! $widget ) {
		return '';
	}
	$known    = locw_element_attributes( $tag );
	$settings = locw_prune( is_array( $settings ) ? $settings : array() );
	list( $from_settings, $rest ) = locw_settings_to_attributes( $widget['schema'], is_array( $settings ) ? $settings : array() );

	$out = array();
	foreach ( $from_settings as $name => $value ) {
		// Only attributes the element documents: the editor offers nothing else.
		if ( isset( $known[ $name ] ) ) {
			$out[ $name ] = $value;
		}
	}
	foreach ( is_array( $attrs ) ? $attrs : array() as $name => $value ) {
		$name = strtolower( (string) $name );
		if ( ! isset( $known[ $name ] ) ) {
			continue;
		}
		$text = locw_attribute_text( is_string( $value ) ? trim( html_entity_decode( $value, ENT_QUOTES | ENT_HTML5, 'UTF-8' ) ) : $value );
		if ( null === $text || ( '' === $text && 'boolean' !== $known[ $name ]['type'] ) ) {
			unset( $out[ $name ] );
			continue;
		}
		$out[ $name ] = $text;
	}

	$css = '';
	foreach ( is_array( $colors ) ? $colors : array() as $prop => $value ) {
		$hex = is_string( $value ) ? sanitize_hex_color( trim( $value ) ) : null;
		if ( $hex && in_array( $prop, isset( $widget['colors'] ) ? array_column( $widget['colors'], 'name' ) : array(), true ) ) {
			$css .= $prop . ':' . $hex . ';';
		}
	}
	$html = '';
	if ( '' !== $css ) {
		// A class per instance and a small style element: no style="" attribute, so strict CSPs that allow the
		// page's own styles keep working.
		$class        = wp_unique_id( 'locw-' );
		$out['class'] = $class;
		$html        .= '<style>.' . $class . '{' . $css . '}</style>';
	}

	$html .= '<' . $tag;
	foreach ( $out as $name => $value ) {
		$html .= ' ' . $name . ( '' === $value ? '' : '="' . esc_attr( $value ) . '"' );
	}
	$html .= '>';
	if ( $rest ) {
		$json  = wp_json_encode( array( 'version' => 1 ) + $rest, JSON_HEX_TAG | JSON_HEX_AMP | JSON_HEX_APOS | JSON_HEX_QUOT | JSON_UNESCAPED_UNICODE );
		$html .= '<script type="application/json">' . $json . '</script>';
	}
	$html .= '</' . $tag . '>';

	locw_enqueue();
	return $html;
}
