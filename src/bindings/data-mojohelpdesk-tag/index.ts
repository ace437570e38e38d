// https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/data-sources/tag
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataMojohelpdeskTagConfig extends cdktf.TerraformMetaArguments {
  /**
  * Numeric id of the tag, as a string. Set it or label.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/data-sources/tag#id DataMojohelpdeskTag#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * Label of the tag, as agents see it. Set it, or id, to choose the tag.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/data-sources/tag#label DataMojohelpdeskTag#label}
  */
  readonly label?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/data-sources/tag mojohelpdesk_tag}
*/
export class DataMojohelpdeskTag extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "mojohelpdesk_tag";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataMojohelpdeskTag resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataMojohelpdeskTag to import
  * @param importFromId The id of the existing DataMojohelpdeskTag that should be imported. Refer to the {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/data-sources/tag#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataMojohelpdeskTag to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "mojohelpdesk_tag", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/data-sources/tag mojohelpdesk_tag} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataMojohelpdeskTagConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataMojohelpdeskTagConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'mojohelpdesk_tag',
      terraformGeneratorMetadata: {
        providerName: 'mojohelpdesk',
        providerVersion: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._id = config.id;
    this._label = config.label;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // color - computed: true, optional: false, required: false
  public get color() {
    return this.getStringAttribute('color');
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // label - computed: true, optional: true, required: false
  private _label?: string; 
  public get label() {
    return this.getStringAttribute('label');
  }
  public set label(value: string) {
    this._label = value;
  }
  public resetLabel() {
    this._label = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput() {
    return this._label;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      id: cdktf.stringToTerraform(this._id),
      label: cdktf.stringToTerraform(this._label),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      label: {
        value: cdktf.stringToHclTerraform(this._label),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
