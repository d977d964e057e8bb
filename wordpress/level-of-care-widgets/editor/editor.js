/**
 * The three blocks' editor: inspector controls built from each widget's JSON Schema and from the element's
 * documented attributes (window.locwWidgets, written by the plugin from assets/widgets.json), and a live
 * preview rendered by the server (the same HTML visitors get). Plain JavaScript: no build step.
 *
 * @package LevelOfCareWidgets
 */
(function (wp, widgets) {
	'use strict';
	if (!wp || !wp.blocks || !widgets) return;
	var el = wp.element.createElement;
	var Fragment = wp.element.Fragment;
	var c = wp.components;
	var be = wp.blockEditor || wp.editor;
	var ServerSideRender = wp.serverSideRender;
	var __ = wp.i18n.__;

	/** Follow a "$ref" to its definition. */
	function deref(schema, node) {
		var m = node && typeof node.$ref === 'string' && node.$ref.match(/^#\/\$defs\/(.+)$/);
		return m && schema.$defs && schema.$defs[m[1]] ? schema.$defs[m[1]] : node || {};
	}
	function types(node) {
		return Array.isArray(node.type) ? node.type : node.type ? [node.type] : [];
	}
	function enumOf(node) {
		return (node.enum || []).filter(function (v) { return v !== null; });
	}
	/** A short label from a key: "levelsOffered" → "Levels offered", "notEnough" → "Not enough". */
	function label(key) {
		var s = String(key).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/-/g, ' ').toLowerCase();
		return s.charAt(0).toUpperCase() + s.slice(1);
	}
	function get(obj, path) {
		return path.reduce(function (o, k) { return o && typeof o === 'object' ? o[k] : undefined; }, obj);
	}
	/** A copy of obj with path set to value (undefined or '' removes it). */
	function set(obj, path, value) {
		var copy = Object.assign({}, obj || {});
		var key = path[0];
		if (path.length === 1) {
			if (value === undefined || value === '' || (Array.isArray(value) && !value.length)) delete copy[key];
			else copy[key] = value;
		} else {
			var child = set(copy[key], path.slice(1), value);
			if (Object.keys(child).length) copy[key] = child;
			else delete copy[key];
		}
		return copy;
	}

	/** One control (or a panel of controls) for a schema node. */
	function control(schema, node, path, settings, onChange, title) {
		node = deref(schema, node);
		var value = get(settings, path);
		var help = node.description;
		var key = path.join('.');
		var t = types(node);
		if (node.properties) {
			return el(c.PanelBody, { key: key, title: title, initialOpen: false },
				help ? el('p', { className: 'components-base-control__help' }, help) : null,
				Object.keys(node.properties).map(function (k) {
					return control(schema, node.properties[k], path.concat(k), settings, onChange, label(k));
				}));
		}
		if (node.propertyNames && node.propertyNames.enum && node.additionalProperties && typeof node.additionalProperties === 'object') {
			// Keyed by level (or item id): a panel per key.
			var inner = deref(schema, node.additionalProperties);
			return el(c.PanelBody, { key: key, title: title, initialOpen: false },
				help ? el('p', { className: 'components-base-control__help' }, help) : null,
				node.propertyNames.enum.map(function (k) {
					if (inner.properties) {
						return el('fieldset', { key: k, className: 'locw-group' },
							el('legend', null, k),
							Object.keys(inner.properties).map(function (p) {
								return control(schema, inner.properties[p], path.concat(k, p), settings, onChange, label(p));
							}));
					}
					return control(schema, inner, path.concat(k), settings, onChange, k);
				}));
		}
		if (t.indexOf('array') !== -1) {
			var items = deref(schema, node.items || {});
			var options = enumOf(items);
			if (options.length) {
				// A list of ids: one checkbox each (levels offered, items hidden).
				var list = Array.isArray(value) ? value : [];
				return el(c.BaseControl, { key: key, label: title, help: help, id: 'locw-' + key },
					options.map(function (o) {
						return el(c.CheckboxControl, {
							key: o, label: o, checked: list.indexOf(o) !== -1,
							onChange: function (on) {
								var next = options.filter(function (x) { return x === o ? on : list.indexOf(x) !== -1; });
								onChange(path, next);
							},
						});
					}));
			}
			return jsonControl(key, title, help, value, function (v) { onChange(path, v); });
		}
		var choices = enumOf(node);
		if (choices.length) {
			return el(c.SelectControl, {
				key: key, label: title, help: help, value: value || '',
				options: [{ label: __('(not set)', 'level-of-care-widgets'), value: '' }].concat(choices.map(function (o) { return { label: o, value: o }; })),
				onChange: function (v) { onChange(path, v || undefined); },
			});
		}
		if (t.indexOf('string') !== -1) {
			return el(c.TextControl, {
				key: key, label: title, help: help, value: value || '', maxLength: node.maxLength,
				onChange: function (v) { onChange(path, v); },
			});
		}
		if (t.indexOf('integer') !== -1 || node.const !== undefined) return null; // "version": always 1.
		return jsonControl(key, title, help, value, function (v) { onChange(path, v); });
	}

	/** Settings with no simpler control (a list of added items): edited as JSON, kept only when it parses. */
	function jsonControl(key, title, help, value, onChange) {
		return el(JsonField, { key: key, title: title, help: help, value: value, onChange: onChange });
	}
	function JsonField(props) {
		var state = wp.element.useState(props.value === undefined ? '' : JSON.stringify(props.value, null, 2));
		var error = wp.element.useState('');
		return el(c.TextareaControl, {
			label: props.title + ' (JSON)',
			help: error[0] || props.help,
			value: state[0],
			onChange: function (text) {
				state[1](text);
				if (!text.trim()) { error[1](''); props.onChange(undefined); return; }
				try { props.onChange(JSON.parse(text)); error[1](''); } catch (_e) { error[1](__('Not valid JSON yet: the last valid value is kept.', 'level-of-care-widgets')); }
			},
		});
	}

	/** A panel's title: per-level calls to action are "Links per level", whatever their key. */
	function panelTitle(schema, key) {
		var node = schema.properties[key];
		if (node['x-attribute'] && node['x-attribute'].indexOf('{level}') !== -1) return __('Links per level', 'level-of-care-widgets');
		if (node['x-attribute'] && node['x-attribute'].indexOf('{key}') !== -1) return __('Call to action', 'level-of-care-widgets');
		return label(key);
	}

	/** The element's own attributes (language, mode, …) from custom-elements.json. */
	function optionControl(attr, attrs, setAttrs) {
		var value = attrs[attr.name];
		var change = function (v) {
			var next = Object.assign({}, attrs);
			if (v === undefined || v === '' || v === false) delete next[attr.name];
			else next[attr.name] = v;
			setAttrs(next);
		};
		if (attr.list) {
			// Ids separated by spaces (the levels a comparison shows): one checkbox each, in the documented order.
			var chosen = String(value || '').split(/[\s,]+/);
			return el(c.BaseControl, { key: attr.name, label: attr.name, help: attr.description, id: 'locw-attr-' + attr.name },
				attr.list.map(function (o) {
					return el(c.CheckboxControl, {
						key: o, label: o, checked: chosen.indexOf(o) !== -1,
						onChange: function (on) {
							change(attr.list.filter(function (x) { return x === o ? on : chosen.indexOf(x) !== -1; }).join(' '));
						},
					});
				}));
		}
		if (attr.type === 'boolean') return el(c.ToggleControl, { key: attr.name, label: attr.name, help: attr.description, checked: !!value, onChange: change });
		if (attr.enum) {
			return el(c.SelectControl, {
				key: attr.name, label: attr.name, help: attr.description, value: value || '',
				options: [{ label: attr.name === 'lang' ? __('(the page’s language)', 'level-of-care-widgets') : __('(default)', 'level-of-care-widgets'), value: '' }]
					.concat(attr.enum.map(function (o) { return { label: o, value: o }; })),
				onChange: change,
			});
		}
		return el(c.TextControl, { key: attr.name, label: attr.name, help: attr.description, value: value || '', onChange: change });
	}

	Object.keys(widgets).forEach(function (tag) {
		var w = widgets[tag];
		var name = 'level-of-care-widgets/' + tag;
		wp.blocks.registerBlockType(name, {
			edit: function (props) {
				var a = props.attributes;
				var settings = a.settings || {};
				var attrs = a.attrs || {};
				var colors = a.colors || {};
				var onSetting = function (path, v) { props.setAttributes({ settings: set(settings, path, v) }); };
				var props2 = be.useBlockProps ? be.useBlockProps() : {};
				var schema = w.schema;
				var top = Object.keys(schema.properties).filter(function (k) { return k !== '$schema' && k !== 'version'; });
				return el(Fragment, null,
					el(be.InspectorControls, null,
						el(c.PanelBody, { title: __('Settings', 'level-of-care-widgets'), initialOpen: true },
							top.filter(function (k) { var n = deref(schema, schema.properties[k]); return !n.properties && !(n.propertyNames && n.additionalProperties); })
								.map(function (k) { return control(schema, schema.properties[k], [k], settings, onSetting, label(k)); })),
						top.filter(function (k) { var n = deref(schema, schema.properties[k]); return n.properties || (n.propertyNames && n.additionalProperties); })
							.map(function (k) { return control(schema, schema.properties[k], [k], settings, onSetting, panelTitle(schema, k)); }),
						el(c.PanelBody, { title: __('Widget', 'level-of-care-widgets'), initialOpen: false },
							w.attributes.filter(function (x) { return w.options.indexOf(x.name) !== -1; })
								.map(function (x) { return optionControl(x, attrs, function (next) { props.setAttributes({ attrs: next }); }); })),
						el(c.PanelBody, { title: __('Colors', 'level-of-care-widgets'), initialOpen: false },
							w.colors.map(function (col) {
								return el(c.BaseControl, { key: col.name, label: col.name, help: col.description, id: 'locw-' + tag + col.name },
									el(c.ColorPalette, {
										colors: [], value: colors[col.name] || undefined, disableCustomColors: false, clearable: true,
										onChange: function (v) {
											var next = Object.assign({}, colors);
											if (v) next[col.name] = v; else delete next[col.name];
											props.setAttributes({ colors: next });
										},
									}));
							}))),
					el('div', props2, el(ServerSideRender, { block: name, attributes: a })));
			},
			save: function () { return null; },
		});
	});
})(window.wp, window.locwWidgets);
