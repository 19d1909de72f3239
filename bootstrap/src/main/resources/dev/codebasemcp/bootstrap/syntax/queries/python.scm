(class_definition name: (identifier) @name) @def.class
(function_definition name: (identifier) @name) @def.function
(class_definition body: (block (expression_statement (assignment left: (identifier) @name) @def.field)))
