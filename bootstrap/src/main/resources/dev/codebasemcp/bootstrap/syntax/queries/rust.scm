(struct_item name: (type_identifier) @name) @def.struct
(union_item name: (type_identifier) @name) @def.struct
(enum_item name: (type_identifier) @name) @def.enum
(trait_item name: (type_identifier) @name) @def.trait
(function_item name: (identifier) @name) @def.function
(function_signature_item name: (identifier) @name) @def.function
(impl_item type: [
  (type_identifier) @name
  (generic_type type: (type_identifier) @name)
  (scoped_type_identifier name: (type_identifier) @name)]) @scope
(mod_item name: (identifier) @name) @def.module
(type_item name: (type_identifier) @name) @def.type_alias
(const_item name: (identifier) @name) @def.constant
(static_item name: (identifier) @name) @def.constant
(field_declaration name: (field_identifier) @name) @def.field
(enum_variant name: (identifier) @name) @def.field
(macro_definition name: (identifier) @name) @def.function
